import { startSubgraph, type RunningSubgraph } from '@birge/server-kit';
import { consumerQueue, OrganizationKind, type OrganizationsImportedPayload } from '@birge/shared-reference';
import { createTestDatabase, eventually, GraphQLTestClient, TestEvents, type TestDatabase } from '@birge/server-testing';
import { randomUUID } from 'node:crypto';
import type { AnalyticsServices } from '../src/analytics.context';
import { analyticsSubgraph } from '../src/analytics.subgraph';

const ORGANIZATION_IMPORTS_QUEUE = consumerQueue('registry.organizations-imported', 'analytics');

const ABAI = '100000000';
const SEMEY = '101000000';
const KURCHATOV = '101800000';
const ASTANA = '710000000';

function batch(ids: string[], change: OrganizationsImportedPayload['change'], districtCode: string | null, version: number, regionCode = ABAI): OrganizationsImportedPayload {
  return {
    importId: randomUUID(),
    batch: 0,
    change,
    organizationIds: ids,
    kinds: ids.map((_, i) => (i % 2 ? OrganizationKind.NGO : OrganizationKind.INITIATIVE_GROUP)),
    regionCodes: ids.map(() => regionCode),
    districtCodes: ids.map(() => districtCode),
    versions: ids.map(() => version),
  };
}

describe('analytics: organization facts from a registry bulk import', () => {
  let db: TestDatabase;
  let subgraph: RunningSubgraph<AnalyticsServices>;
  let events: TestEvents;
  let client: GraphQLTestClient;

  beforeAll(async () => {
    db = await createTestDatabase();
    subgraph = await startSubgraph(analyticsSubgraph, { DATABASE_URL: db.url, PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'test' });
    events = await TestEvents.start(db.url, subgraph.dataSource);
    client = new GraphQLTestClient(subgraph.url);
  });
  afterAll(async () => {
    await events?.stop();
    await subgraph?.stop();
    await db?.drop();
  });

  const organizationCount = async () =>
    (await client.data<{ nationalOverview: { organizationCount: number } }>('{ nationalOverview { organizationCount } }')).nationalOverview.organizationCount;
  const facts = async (ids: string[]) =>
    subgraph.dataSource.query(
      'SELECT organization_id, kind, district_code, version FROM analytics.organization_fact WHERE organization_id = ANY($1::uuid[]) ORDER BY organization_id',
      [ids],
    );

  it('counts a whole batch in the figures, and the same event again changes nothing', async () => {
    const ids = Array.from({ length: 2000 }, () => randomUUID());
    const event = await events.publish('registry.organizations-imported', batch(ids, 'REGISTERED', SEMEY, 1));
    await eventually(async () => ((await organizationCount()) === 2000 ? true : undefined));
    const stored = await facts(ids);
    expect(stored.filter((f: { kind: string }) => f.kind === 'NGO')).toHaveLength(1000);

    await events.redeliver(ORGANIZATION_IMPORTS_QUEUE, event);
    await eventually(async () => ((await events.completed(ORGANIZATION_IMPORTS_QUEUE, event.eventId)) === 2 ? true : undefined));
    expect(await subgraph.services.facts.record(event)).toBe(false);
    expect(await organizationCount()).toBe(2000);
    expect(await facts(ids)).toEqual(stored);
  });

  it('moves records an import changed, never back to an older version, and counts new ones of an UPDATED batch once', async () => {
    const ids = Array.from({ length: 3 }, () => randomUUID());
    await events.publish('registry.organizations-imported', batch(ids, 'REGISTERED', SEMEY, 1));
    await eventually(async () => ((await facts(ids)).length === 3 ? true : undefined));
    await events.publish('registry.organizations-imported', batch(ids, 'UPDATED', KURCHATOV, 3));
    await eventually(async () => ((await facts(ids)).every((f: { district_code: string }) => f.district_code === KURCHATOV) ? true : undefined));
    const late = await events.publish('registry.organizations-imported', batch(ids, 'UPDATED', SEMEY, 2));
    await eventually(async () => ((await events.completed(ORGANIZATION_IMPORTS_QUEUE, late.eventId)) === 1 ? true : undefined));
    expect((await facts(ids)).map((f: { district_code: string; version: number }) => [f.district_code, f.version])).toEqual([
      [KURCHATOV, 3],
      [KURCHATOV, 3],
      [KURCHATOV, 3],
    ]);
    // A record whose registration was never seen here still counts once when its edit arrives.
    const unseen = randomUUID();
    await events.publish('registry.organizations-imported', batch([unseen], 'UPDATED', null, 2, ASTANA));
    await eventually(async () => ((await facts([unseen])).length === 1 ? true : undefined));
    expect(await organizationCount()).toBe(2000 + 3 + 1);
  });
});
