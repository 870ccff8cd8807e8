import { ASTANA, CREATE, ESIL, startRegistry, type RegistryHarness } from './support/registry-harness';

interface Job {
  name: string;
  data: { payload: Record<string, unknown> };
}

describe('registry: the daily notice sweep', () => {
  let h: RegistryHarness;
  beforeAll(async () => {
    h = await startRegistry();
  });
  afterAll(() => h?.stop());

  const jobsOf = (queue: string, key: string, value: string): Promise<Job[]> =>
    h.subgraph.dataSource.query(`SELECT name, data FROM pgboss.job WHERE name = $1 AND data->'payload'->>$2 = $3`, [queue, key, value]);

  it('announces a verification running out and a district nobody was in touch with, once per case, and again after a new spell', async () => {
    const { createOrganization: expiring } = await h.client.data<{ createOrganization: { id: string } }>(CREATE, {
      input: { name: 'Растауы бітетін ұйым', kind: 'NGO', regionCode: ASTANA, districtCode: ESIL, directions: ['BILIM'] },
    });
    const { createOrganization: fresh } = await h.client.data<{ createOrganization: { id: string } }>(CREATE, {
      input: { name: 'Жаңа расталған ұйым', kind: 'NGO', regionCode: ASTANA, districtCode: ESIL, directions: ['BILIM'] },
    });
    // Verified 23 months and 20 days ago (on 2024-12-18: runs out on 2026-12-18, in 11 days, with the 24-month default), and yesterday.
    const now = new Date('2026-12-07T06:00:00Z');
    await h.subgraph.dataSource.query(
      `UPDATE registry.organization SET verification_status = 'VERIFIED', verified_at = $2::timestamptz - interval '23 months 20 days', last_contact_on = '2025-06-01' WHERE id = $1`,
      [expiring.id, now],
    );
    await h.subgraph.dataSource.query(`UPDATE registry.organization SET verification_status = 'VERIFIED', verified_at = $2::timestamptz - interval '1 day' WHERE id = $1`, [
      fresh.id,
      now,
    ]);

    const first = await h.subgraph.services.notices.run(now);
    expect(first.verificationsExpiring).toBeGreaterThanOrEqual(1);
    const expiringJobs = await jobsOf('notifications.verification-expiring', 'organizationId', expiring.id);
    expect(expiringJobs).toHaveLength(1);
    expect(expiringJobs[0].data.payload).toMatchObject({ organizationId: expiring.id, regionCode: ASTANA, districtCode: ESIL, daysLeft: 11 });
    expect(await jobsOf('notifications.verification-expiring', 'organizationId', fresh.id)).toHaveLength(0);
    // Esil's organizations: one last contacted 18 months ago, one never: the district is stale.
    const stale = await jobsOf('notifications.district-contacts-stale', 'districtCode', ESIL);
    expect(stale).toHaveLength(1);
    expect(stale[0].data.payload).toMatchObject({ regionCode: ASTANA, districtCode: ESIL, lastContactOn: '2025-06-01', windowMonths: 12 });

    // The next day's sweep announces nothing it announced before.
    await h.subgraph.services.notices.run(new Date(now.getTime() + 24 * 3600 * 1000));
    expect(await jobsOf('notifications.verification-expiring', 'organizationId', expiring.id)).toHaveLength(1);
    expect(await jobsOf('notifications.district-contacts-stale', 'districtCode', ESIL)).toHaveLength(1);

    // A contact, which later goes stale too, is a new spell.
    await h.subgraph.dataSource.query(`UPDATE registry.organization SET last_contact_on = '2025-09-01' WHERE id = $1`, [expiring.id]);
    await h.subgraph.services.notices.run(now);
    expect(await jobsOf('notifications.district-contacts-stale', 'districtCode', ESIL)).toHaveLength(2);
  });
});
