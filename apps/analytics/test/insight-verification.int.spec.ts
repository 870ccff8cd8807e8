import { startSubgraph, type RunningSubgraph } from '@birge/server-kit';
import { InsightDimension, InsightMeasure, Role, VerificationStatus, type Identity } from '@birge/shared-reference';
import { createTestDatabase, GraphQLTestClient, type TestDatabase } from '@birge/server-testing';
import { randomUUID } from 'node:crypto';
import type { AnalyticsServices } from '../src/analytics.context';
import { analyticsSubgraph } from '../src/analytics.subgraph';
import { InsightService } from '../src/modules/insights/insight.service';

const ABAI = '100000000';
const ANALYST: Identity = { userId: 'analyst', role: Role.ANALYST, regionCode: null };
const EVERYTHING = { period: { from: '2000-01-01', to: '2100-12-31' } };

interface Table {
  rows: { keys: { code: string }[]; values: { measure: string; value: number | null }[] }[];
  total: { values: { measure: string; value: number | null }[] };
}

describe('analytics subgraph: EXPIRED verification, derived like the registry derives it', () => {
  let db: TestDatabase;
  let subgraph: RunningSubgraph<AnalyticsServices>;

  beforeAll(async () => {
    db = await createTestDatabase();
    // The registry's variable, read by analytics too: 12 months instead of the default 24.
    subgraph = await startSubgraph(analyticsSubgraph, { DATABASE_URL: db.url, PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'test', REGISTRY_REVERIFY_AFTER_MONTHS: '12' });
    const organizations = [
      ['VERIFIED', "now() - interval '13 months'"],
      ['VERIFIED', "now() - interval '18 months'"],
      ['VERIFIED', "now() - interval '11 months'"],
      ['IN_REVIEW', 'NULL'],
      [null, 'NULL'],
    ] as const;
    for (const [status, verifiedAt] of organizations) {
      const id = randomUUID();
      await subgraph.dataSource.query(
        `INSERT INTO analytics.organization_fact (organization_id, kind, region_code, registered_at) VALUES ($1, 'NGO', $2, now() - interval '3 years')`,
        [id, ABAI],
      );
      if (status) {
        await subgraph.dataSource.query(
          `INSERT INTO analytics.organization_verification (organization_id, status, verified_at, changed_at) VALUES ($1, $2, ${verifiedAt}, now())`,
          [id, status],
        );
      }
    }
  });

  afterAll(async () => {
    await subgraph?.stop();
    await db?.drop();
  });

  const byStatus = (table: Table) => Object.fromEntries(table.rows.filter((row) => row.values[0].value).map((row) => [row.keys[0].code, row.values[0].value]));

  it('reads a verification older than REGISTRY_REVERIFY_AFTER_MONTHS as EXPIRED: grouped, filtered and in the verified count', async () => {
    const client = new GraphQLTestClient(subgraph.url, { identity: ANALYST });
    const grouped = await client.data<{ insights: Table }>(
      `query($filter: InsightFilter) { insights(measures: [ORGANIZATIONS], groupBy: [VERIFICATION_STATUS], filter: $filter) { rows { keys { code } values { measure value } } total { values { measure value } } } }`,
      { filter: EVERYTHING },
    );
    expect(byStatus(grouped.insights)).toEqual({ VERIFIED: 1, EXPIRED: 2, IN_REVIEW: 1, UNVERIFIED: 1 });
    const expired = await client.data<{ insights: Table }>(
      `query($filter: InsightFilter) { insights(measures: [ORGANIZATIONS, VERIFIED_ORGANIZATIONS, VERIFIED_SHARE], filter: $filter) { rows { keys { code } values { measure value } } total { values { measure value } } } }`,
      { filter: { ...EVERYTHING, verificationStatuses: ['EXPIRED'] } },
    );
    expect(expired.insights.total.values.map((v) => v.value)).toEqual([2, 0, 0]);
    const all = await client.data<{ insights: Table }>(
      `query($filter: InsightFilter) { insights(measures: [VERIFIED_ORGANIZATIONS, VERIFIED_SHARE], filter: $filter) { total { values { measure value } } } }`,
      { filter: EVERYTHING },
    );
    // Only the verification within its period counts as verified.
    expect(all.insights.total.values.map((v) => v.value)).toEqual([1, 0.2]);
  });

  it('follows the period it is given: with 24 months none of these has expired', async () => {
    const service = new InsightService(subgraph.dataSource, { windowMonths: 12, reverifyAfterMonths: 24 });
    const table = await service.table({ measures: [InsightMeasure.ORGANIZATIONS], groupBy: [InsightDimension.VERIFICATION_STATUS], filter: EVERYTHING }, ANALYST);
    const counts = Object.fromEntries(table.rows.filter((row) => row.values[0].value).map((row) => [row.keys[0].code, row.values[0].value]));
    expect(counts).toEqual({ [VerificationStatus.VERIFIED]: 3, [VerificationStatus.IN_REVIEW]: 1, [VerificationStatus.UNVERIFIED]: 1 });
  });
});
