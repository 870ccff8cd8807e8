import { startSubgraph, type RunningSubgraph } from '@birge/server-kit';
import { ContactKind, OrganizationKind } from '@birge/shared-reference';
import { createTestDatabase, eventually, TestEvents, type TestDatabase } from '@birge/server-testing';
import { randomUUID } from 'node:crypto';
import type { AnalyticsServices } from '../src/analytics.context';
import { analyticsSubgraph } from '../src/analytics.subgraph';

const ABAI = '100000000';
const SEMEY = '101000000';
const KURCHATOV = '101800000';

describe('analytics: registry edits and merges in the read model', () => {
  let db: TestDatabase;
  let subgraph: RunningSubgraph<AnalyticsServices>;
  let events: TestEvents;

  beforeAll(async () => {
    db = await createTestDatabase();
    subgraph = await startSubgraph(analyticsSubgraph, { DATABASE_URL: db.url, PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'test' });
    events = await TestEvents.start(db.url, subgraph.dataSource);
  });
  afterAll(async () => {
    await events?.stop();
    await subgraph?.stop();
    await db?.drop();
  });

  const fact = async (id: string) => (await subgraph.dataSource.query('SELECT district_code, version FROM analytics.organization_fact WHERE organization_id = $1', [id]))[0];

  it('moves an organization to its new district on an edit, never back to an older version', async () => {
    const id = randomUUID();
    const base = { organizationId: id, name: 'Team', kind: OrganizationKind.NGO, regionCode: ABAI };
    await events.publish('registry.organization-registered', { ...base, districtCode: SEMEY });
    await eventually(async () => ((await fact(id)) ? true : undefined));
    await events.publish('registry.organization-updated', { ...base, districtCode: KURCHATOV, version: 3 });
    await eventually(async () => ((await fact(id))?.district_code === KURCHATOV ? true : undefined));
    const late = await events.publish('registry.organization-updated', { ...base, districtCode: SEMEY, version: 2 });
    await eventually(async () => ((await events.completed('analytics.organization-updates', late.eventId)) === 1 ? true : undefined));
    expect(await fact(id)).toEqual({ district_code: KURCHATOV, version: 3 });
  });

  it("re-points the merged record's contacts to the kept one and stops counting it (a tombstone stays)", async () => {
    const keptId = randomUUID();
    const mergedId = randomUUID();
    for (const id of [keptId, mergedId]) {
      await events.publish('registry.organization-registered', { organizationId: id, name: 'X', kind: OrganizationKind.NGO, regionCode: ABAI, districtCode: SEMEY });
    }
    await events.publish('registry.contact-logged', {
      contactId: randomUUID(),
      organizationId: mergedId,
      regionCode: ABAI,
      districtCode: SEMEY,
      kind: ContactKind.CALL,
      occurredOn: '2026-01-01',
      toldAboutOffer: true,
    });
    await eventually(async () => ((await subgraph.dataSource.query('SELECT 1 FROM analytics.contact_fact WHERE organization_id = $1', [mergedId])).length ? true : undefined));
    await eventually(async () => ((await fact(mergedId)) ? true : undefined));
    const merged = await events.publish('registry.organizations-merged', { keptId, mergedId, regionCode: ABAI, districtCode: SEMEY });
    const mergedInto = async () => (await subgraph.dataSource.query('SELECT merged_into FROM analytics.organization_fact WHERE organization_id = $1', [mergedId]))[0]?.merged_into;
    await eventually(async () => ((await mergedInto()) === keptId ? true : undefined));
    expect(await subgraph.dataSource.query('SELECT organization_id FROM analytics.contact_fact')).toEqual([{ organization_id: keptId }]);
    expect(await subgraph.services.facts.record(merged)).toBe(false);
  });
});
