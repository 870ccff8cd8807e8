import { eventually } from '@birge/server-testing';
import { Direction, OrganizationKind, type GrantProgrammeEventBase } from '@birge/shared-reference';
import { randomUUID } from 'node:crypto';
import { ALMATY, notificationsTestbed } from './support/notifications-testbed';

const programme = (over: Partial<GrantProgrammeEventBase> = {}): GrantProgrammeEventBase => ({
  programmeId: randomUUID(),
  title: { kk: 'Жасыл грант', ru: 'Зелёный грант', en: 'Green grant' },
  regionCodes: [],
  directions: [Direction.TAZA_ALEM],
  actorKinds: [OrganizationKind.NGO],
  closesOn: '2026-12-20',
  link: 'https://fund.kz/green',
  ownerRegionCode: null,
  ...over,
});

interface Row {
  status: string;
  language: string;
  title: string;
  body: string;
  link: string;
  owner_region_code: string | null;
  region_codes: string[];
  directions: string[];
  organization_kinds: string[];
  created_by: string;
  scheduled_at: Date | null;
}

describe('notifications: announcements of grant programmes', () => {
  const bed = notificationsTestbed({
    settings: {
      ANNOUNCEMENT_POLL_MS: '3600000',
    },
  });

  const announcementOf = (title: string) =>
    eventually(async () => {
      const rows: Row[] = await bed.subgraph.dataSource.query(`SELECT * FROM notifications.announcement WHERE title = $1`, [title]);
      return rows.length ? rows : undefined;
    });

  it("drafts an announcement of a programme in the asker's name and language, targeted at its audience", async () => {
    await bed.events.publish('assistance.grant-programme-announced', { ...programme({ regionCodes: [ALMATY] }), actorId: 'admin-1', language: 'ru' });
    const [row] = await announcementOf('Зелёный грант');
    expect(row).toMatchObject({
      status: 'DRAFT',
      language: 'ru',
      link: 'https://fund.kz/green',
      owner_region_code: null,
      region_codes: [ALMATY],
      directions: ['TAZA_ALEM'],
      organization_kinds: ['NGO'],
      created_by: 'admin-1',
    });
    expect(row.body).toContain('2026-12-20');
  });

  it("reminds a region's programme to its region, scheduled at once, once per event", async () => {
    const payload = { ...programme({ ownerRegionCode: ALMATY, regionCodes: [ALMATY], title: { kk: 'Алматы жастары', ru: 'x', en: 'x' } }), daysLeft: 3 };
    const envelope = await bed.events.publish('assistance.grant-programme-closing-soon', payload);
    const rows = await announcementOf('Еске салу: Алматы жастары');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'SCHEDULED', language: 'kk', owner_region_code: ALMATY, region_codes: [ALMATY] });
    expect(rows[0].scheduled_at).not.toBeNull();
    expect(rows[0].body).toContain('3');
    expect(envelope).toBeDefined();
  });
});
