import { groupByKeys, type LoaderRegistry } from '@birge/server-kit';
import { isUuid } from '@birge/shared-reference';
import type { DataSource, EntityManager } from 'typeorm';
import type { AssistanceRequestStatus } from '../request/assistance-enums';
import type { TimelineEntryKind } from './timeline-entry-kind.enum';
import type { TimelineEntry } from './timeline-entry.type';

export interface NewTimelineEntry {
  requestId: string;
  kind: TimelineEntryKind;
  authorId: string;
  text?: string | null;
  fromStatus?: string | null;
  toStatus?: string | null;
  assigneeId?: string | null;
  referralId?: string | null;
  attachmentId?: string | null;
}

const COLUMNS = `id, request_id AS "requestId", kind, at, author_id AS "authorId", text, from_status AS "fromStatus",
  to_status AS "toStatus", assignee_id AS "assigneeId", referral_id AS "referralId", attachment_id AS "attachmentId"`;

/** The timeline of a request: written in the transaction of each change, read oldest first. */
export class TimelineService {
  constructor(private readonly dataSource: DataSource) {}

  async append(manager: EntityManager, entry: NewTimelineEntry): Promise<void> {
    await manager.query(
      `INSERT INTO assistance.request_timeline_entry (request_id, kind, author_id, text, from_status, to_status, assignee_id, referral_id, attachment_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        entry.requestId,
        entry.kind,
        entry.authorId,
        entry.text ?? null,
        entry.fromStatus ?? null,
        entry.toStatus ?? null,
        entry.assigneeId ?? null,
        entry.referralId ?? null,
        entry.attachmentId ?? null,
      ],
    );
  }

  /** Every requested request's timeline in one statement. */
  loader(loaders: LoaderRegistry) {
    return loaders.get<string, TimelineEntry[]>('timeline.byRequest', async (requestIds) => {
      const valid = requestIds.filter((id) => isUuid(id));
      const rows: (TimelineEntry & { requestId: string; fromStatus: AssistanceRequestStatus | null })[] = valid.length
        ? await this.dataSource.query(`SELECT ${COLUMNS} FROM assistance.request_timeline_entry WHERE request_id = ANY($1::uuid[]) ORDER BY at, seq`, [valid])
        : [];
      return groupByKeys(requestIds, rows, (row) => row.requestId);
    });
  }
}
