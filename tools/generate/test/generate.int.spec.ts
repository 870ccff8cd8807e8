import { createTestDatabase, GraphQLTestClient, type TestDatabase } from '@birge/server-testing';
import { Role } from '@birge/shared-reference';
import { Client } from 'pg';
import { startStack, type RunningStack } from '../../stack/src/stack';
import { analyticsFigures, differences, truthFigures } from '../../stack/test/analytics/analytics-figures';
import { insightFigures, insightTruth } from '../../stack/test/analytics/insight-figures';
import { generate } from '../src';
import { generatedId, GENERATED_RANGE } from '../src/ids';
import { planFor } from '../src/plan';

jest.setTimeout(600_000);

/** 20 organizations, 100 contacts, 200 requests, 400 notifications, a training, 10 bookings. */
const SCALE = 0.002;
const AS_OF = '2026-11-30';
const plan = planFor(SCALE);

/** Generated rows per table, keyed by the column holding the generated id. */
const TABLES: readonly (readonly [string, string])[] = [
  ['identity.staff_account', 'id'],
  ['notifications.recipient', 'account_id'],
  ['registry.organization', 'id'],
  ['registry.verification_check', 'id'],
  ['registry.verification_event', 'id'],
  ['registry.contact', 'id'],
  ['assistance.organization_directory', 'organization_id'],
  ['assistance.assistance_request', 'id'],
  ['assistance.request_timeline_entry', 'id'],
  ['assistance.state_body_referral', 'id'],
  ['assistance.training', 'id'],
  ['assistance.training_registration', 'id'],
  ['assistance.bookable_resource', 'id'],
  ['assistance.booking', 'id'],
  ['notifications.notification', 'id'],
  ['notifications.notification_read', 'notification_id'],
  ['notifications.mailing_organization', 'organization_id'],
  ['analytics.organization_fact', 'organization_id'],
  ['analytics.organization_verification', 'organization_id'],
  ['analytics.contact_fact', 'contact_id'],
  ['analytics.request_fact', 'request_id'],
  ['analytics.training_fact', 'training_id'],
  ['analytics.booking_fact', 'booking_id'],
];

/** Rows and a checksum of every generated row (less what sequences number: they count on). */
async function snapshot(url: string): Promise<Record<string, { rows: number; md5: string }>> {
  const pg = new Client({ connectionString: url });
  await pg.connect();
  try {
    const result: Record<string, { rows: number; md5: string }> = {};
    for (const [table, column] of TABLES) {
      const { rows } = await pg.query<{ rows: number; md5: string }>(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg((to_jsonb(t) - 'seq' - 'queue_seq')::text, '|' ORDER BY t::text), '')) AS md5
         FROM ${table} t WHERE ${column} BETWEEN $1 AND $2`,
        [...GENERATED_RANGE],
      );
      result[table] = rows[0];
    }
    return result;
  } finally {
    await pg.end();
  }
}

describe('npm run generate (tools/generate) at a tiny scale, into an empty database', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('migrates it, writes the planned counts, the same data for the same seed, and never twice; another seed replaces it', async () => {
    const first = await generate({ scale: SCALE, seed: 7, asOf: AS_OF, databaseUrl: db.url });
    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    // A record somebody entered: the generator never touches it.
    const [entered] = (
      await pg.query<{ id: string }>(
        `INSERT INTO registry.organization (name, kind, region_code, directions, created_by) VALUES ('«Өз күшімізбен» тобы', 'INITIATIVE_GROUP', '710000000', '{BILIM}', 'someone') RETURNING id`,
      )
    ).rows;

    expect(first.skipped).toBe(false);
    const written = await snapshot(db.url);
    expect(written['registry.organization'].rows).toBe(plan.organizations);
    expect(written['registry.contact'].rows).toBe(plan.contacts);
    expect(written['assistance.assistance_request'].rows).toBe(plan.requests);
    expect(written['notifications.notification'].rows).toBe(plan.notifications);
    expect(written['assistance.training'].rows).toBe(plan.trainings);
    expect(written['assistance.booking'].rows).toBe(plan.bookings);
    expect(written['assistance.request_timeline_entry'].rows).toBeGreaterThan(plan.requests);
    // The read model holds every source record.
    expect(written['analytics.organization_fact'].rows).toBe(plan.organizations);
    expect(written['analytics.contact_fact'].rows).toBe(plan.contacts);
    expect(written['analytics.request_fact'].rows).toBe(plan.requests);
    expect(written['analytics.booking_fact'].rows).toBe(plan.bookings);

    // Again: the marker says the set is there; nothing is written.
    const again = await generate({ scale: SCALE, seed: 7, asOf: AS_OF, databaseUrl: db.url });
    expect(again.skipped).toBe(true);
    expect(await snapshot(db.url)).toEqual(written);

    // Written anew (forced), the very same rows: deterministic by seed.
    expect((await generate({ scale: SCALE, seed: 7, asOf: AS_OF, databaseUrl: db.url, force: true })).removed).toBeGreaterThan(plan.requests);
    expect(await snapshot(db.url)).toEqual(written);

    // Another seed replaces the set: as many rows, other data.
    const other = await generate({ scale: SCALE, seed: 8, asOf: AS_OF, databaseUrl: db.url });
    expect(other.skipped).toBe(false);
    const replaced = await snapshot(db.url);
    expect(replaced['registry.organization'].rows).toBe(plan.organizations);
    expect(replaced['notifications.notification'].rows).toBe(plan.notifications);
    expect(replaced['registry.organization'].md5).not.toBe(written['registry.organization'].md5);

    // Back to seed 7: the first set again, and the record somebody entered is still there.
    await generate({ scale: SCALE, seed: 7, asOf: AS_OF, databaseUrl: db.url });
    expect(await snapshot(db.url)).toEqual(written);
    const { rows } = await pg.query(`SELECT count(*)::int AS n FROM registry.organization WHERE id = $1`, [entered.id]);
    expect(rows[0].n).toBe(1);
    await pg.end();
  });
});

describe('a generated data set in the database of a running stack', () => {
  let stack: RunningStack;

  beforeAll(async () => {
    stack = await startStack({ logLevel: 'warn', env: { NODE_ENV: 'test' } });
    await generate({ scale: SCALE, seed: 7, asOf: AS_OF, databaseUrl: stack.databaseUrl });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('is read through the API without errors, and analytics equals the owning subgraphs', async () => {
    const gateway = new GraphQLTestClient(stack.gatewayUrl, { identity: null });
    const organizations = await gateway.data<{
      organizations: { totalCount: number; edges: { node: { name: string; verification: { status: string }; contacts: { totalCount: number } } }[] };
    }>(
      `{ organizations(first: 50) { totalCount edges { node { name nameKk nameRu region { code } district { code } verification { status } contacts(first: 5) { totalCount } } } } }`,
    );
    expect(organizations.organizations.totalCount).toBe(plan.organizations);
    expect(organizations.organizations.edges.some((e) => /«.+»/.test(e.node.name))).toBe(true);
    const requests = await gateway.data<{ assistanceRequests: { edges: { node: { status: string; timeline: unknown[] } }[] } }>(
      `{ assistanceRequests(first: 20) { edges { node { id status version outcome { result resolvedAt } rating { score } referrals { answeredOn } timeline { kind fromStatus toStatus at } organization { id name } } } } }`,
    );
    expect(requests.assistanceRequests.edges.length).toBe(20);
    expect(requests.assistanceRequests.edges.filter((e) => e.node.status !== 'NEW').every((e) => e.node.timeline.length > 0)).toBe(true);

    // A generated regional staff member's inbox.
    const pg = new Client({ connectionString: stack.databaseUrl });
    await pg.connect();
    const { rows } = await pg.query<{ recipient_id: string; region_code: string }>(
      `SELECT n.recipient_id, n.region_code FROM notifications.notification n WHERE n.id BETWEEN $1 AND $2 AND n.recipient_id IS NOT NULL LIMIT 1`,
      [...GENERATED_RANGE],
    );
    await pg.end();
    const staff = new GraphQLTestClient(stack.gatewayUrl, { identity: { userId: rows[0].recipient_id, role: Role.REGIONAL_STAFF, regionCode: rows[0].region_code } });
    const inbox = await staff.data<{ notifications: { edges: { node: { kind: string } }[] } }>(`{ notifications(first: 20) { edges { node { id kind createdAt read } } } }`);
    expect(inbox.notifications.edges.length).toBeGreaterThan(0);
    expect(rows[0].recipient_id).toMatch(new RegExp(`^${generatedId('staff', 0).slice(0, 8)}`));

    // The analytics consistency comparison: every figure equals what the owning subgraphs say.
    expect(differences(await analyticsFigures(gateway), await truthFigures(gateway, 12))).toEqual([]);
    expect(await insightFigures(gateway)).toEqual(await insightTruth(gateway));
  });
});
