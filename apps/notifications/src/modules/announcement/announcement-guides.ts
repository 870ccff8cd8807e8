import { groupByKeys, ValidationError, type LoaderRegistry } from '@birge/server-kit';
import { isUuid } from '@birge/shared-reference';
import type { DataSource, EntityManager } from 'typeorm';

/** How many guides one announcement may link. */
export const MAX_ANNOUNCEMENT_GUIDES = 5;

/** Guide ids without repeats, each a UUID, at most MAX_ANNOUNCEMENT_GUIDES; BAD_USER_INPUT naming guideIds.<i> otherwise. */
export function checkGuideIds(guideIds: readonly string[]): string[] {
  const ids = [...new Set(guideIds.map((id) => id.trim()))];
  if (ids.length > MAX_ANNOUNCEMENT_GUIDES) throw ValidationError.field('guideIds', 'TOO_MANY_GUIDES', `link at most ${MAX_ANNOUNCEMENT_GUIDES} guides`);
  ids.forEach((id, i) => {
    if (!isUuid(id)) throw ValidationError.field(`guideIds.${i}`, 'INVALID_ID', `is not a guide id (got "${id}")`);
  });
  return ids;
}

/** Replaces the guides an announcement links, in the order given. */
export async function replaceAnnouncementGuides(manager: EntityManager, announcementId: string, guideIds: string[]): Promise<void> {
  await manager.query(`DELETE FROM notifications.announcement_guide WHERE announcement_id = $1`, [announcementId]);
  if (guideIds.length) {
    await manager.query(
      `INSERT INTO notifications.announcement_guide (announcement_id, guide_id, position) SELECT $1, id, ord FROM unnest($2::uuid[]) WITH ORDINALITY AS g(id, ord)`,
      [announcementId, guideIds],
    );
  }
}

/** The guide ids of each announcement, in their order; one statement per request. */
export function announcementGuidesLoader(dataSource: DataSource, loaders: LoaderRegistry) {
  return loaders.get<string, string[]>('announcement.guides', async (ids) => {
    const rows: { announcement_id: string; guide_id: string }[] = await dataSource.query(
      `SELECT announcement_id, guide_id FROM notifications.announcement_guide WHERE announcement_id = ANY($1::uuid[]) ORDER BY position`,
      [ids.filter((id) => isUuid(id))],
    );
    return groupByKeys(ids, rows, (row) => row.announcement_id).map((group) => group.map((row) => row.guide_id));
  });
}
