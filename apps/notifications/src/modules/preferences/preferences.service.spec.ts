import { Role, type Identity } from '@birge/shared-reference';
import type { DataSource } from 'typeorm';
import { NotificationKind } from '../notification/notification-kind.enum';
import { DeliveryMode, NotificationChannel } from './preference-enums';
import { PreferencesService } from './preferences.service';

const staff: Identity = { userId: 'u-1', role: Role.REGIONAL_STAFF, regionCode: '710000000' };

/** A database that holds no stored choice and records what was written. */
function emptyDatabase(): { dataSource: DataSource; writes: unknown[][] } {
  const writes: unknown[][] = [];
  const query = async (_sql: string, params: unknown[] = []) => {
    writes.push(params);
    return [];
  };
  const dataSource = { query, transaction: async (work: (manager: { query: typeof query }) => Promise<void>) => work({ query }) } as unknown as DataSource;
  return { dataSource, writes };
}

describe('staff notification preferences', () => {
  it('list every kind staff receive, on both channels, and neither the digest nor the portal link mailed to an organization’s contact', async () => {
    const preferences = await new PreferencesService(emptyDatabase().dataSource).list(staff);
    const kinds = new Set(preferences.map((p) => p.kind));
    expect(kinds.has(NotificationKind.PORTAL_LINK)).toBe(false);
    expect(kinds.has(NotificationKind.DIGEST)).toBe(false);
    expect(kinds.has(NotificationKind.ASSISTANCE_REQUEST_SUBMITTED)).toBe(true);
    expect(kinds.size).toBe(Object.values(NotificationKind).length - 2);
    expect(preferences).toHaveLength(kinds.size * 2);
  });

  it('refuse a choice for the portal link or the digest as NOT_A_CHOICE, storing nothing', async () => {
    const { dataSource, writes } = emptyDatabase();
    const service = new PreferencesService(dataSource);
    const attempt = service.update(
      [
        { kind: NotificationKind.PORTAL_LINK, channel: NotificationChannel.EMAIL, mode: DeliveryMode.OFF },
        { kind: NotificationKind.DIGEST, channel: NotificationChannel.EMAIL, mode: DeliveryMode.OFF },
      ],
      staff,
    );
    await expect(attempt).rejects.toMatchObject({
      fields: [
        { field: 'preferences.0.kind', code: 'NOT_A_CHOICE' },
        { field: 'preferences.1.kind', code: 'NOT_A_CHOICE' },
      ],
    });
    expect(writes).toEqual([]);
  });
});
