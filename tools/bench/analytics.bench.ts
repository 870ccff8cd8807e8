/**
 * `npm run bench:analytics` (figure P4 of the performance issue): the analytics read model at
 * national scale ×10 (100,000 organizations, 1,000,000 requests, 500,000 contacts), measured on
 * this machine. Not a test: it prints numbers, it asserts only that the answers are right.
 *
 * Starts the whole system (startStack), writes the facts straight into analytics' read model, then
 * measures, interleaved in one run, one request at a time:
 *  - `nationalOverview` through the gateway;
 *  - a grouped, filtered `insights` query through the gateway (one region, one quarter, requests
 *    by sub-type with open, overdue share and median resolution time);
 *  - the naive GROUP BY over the same facts: the same statements straight on the database with
 *    PostgreSQL's index scans turned off (what the figures cost without the read model's indexes).
 * p50/p95 of each and the ratio naive / API.
 *
 * Environment: BENCH_SCALE (10: ×10 national scale), BENCH_SAMPLES (200), BENCH_WARMUP (20).
 */
import { Client } from 'pg';
import { performance } from 'node:perf_hooks';
import { OPEN_STATUSES_SQL } from '../../apps/analytics/src/modules/overview/open-statuses.sql';
import { familyStatement } from '../../apps/analytics/src/modules/insights/insight-sql';
import { planInsight } from '../../apps/analytics/src/modules/insights/insight-plan';
import { InsightDimension, InsightFamily, InsightMeasure } from '@birge/shared-reference';
import { startStack } from '../stack/src/stack';
import { generateAnalyticsFacts } from './analytics-data';

function intFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
}

const SCALE = intFromEnv('BENCH_SCALE', 10);
const SAMPLES = intFromEnv('BENCH_SAMPLES', 200);
const WARMUP = intFromEnv('BENCH_WARMUP', 20);

const REGION = '100000000';
const QUARTER = (() => {
  const now = new Date();
  const q = Math.floor(now.getUTCMonth() / 3);
  // The last whole quarter.
  return q === 0 ? `${now.getUTCFullYear() - 1}-Q4` : `${now.getUTCFullYear()}-Q${q}`;
})();
const MEASURES = [InsightMeasure.REQUESTS, InsightMeasure.OPEN_REQUESTS, InsightMeasure.OVERDUE_SHARE, InsightMeasure.RESOLUTION_HOURS_MEDIAN];

const OVERVIEW_QUERY = '{ nationalOverview { organizationCount openRequestCount regions { region { code } organizationCount openRequestCount } } }';
const INSIGHTS_QUERY = `{ insights(measures: [${MEASURES.join(', ')}], groupBy: [REQUEST_SUBTYPE], filter: { regions: ["${REGION}"], period: { quarter: "${QUARTER}" } }) {
  rows { keys { code } values { measure value } } total { values { measure value } } } }`;

/** The overview's figures as a plain GROUP BY over the facts. */
const NAIVE_OVERVIEW = `SELECT region_code, sum(o)::int AS organizations, sum(r)::int AS open FROM (
  SELECT region_code, count(*) AS o, 0 AS r FROM analytics.organization_fact WHERE merged_into IS NULL GROUP BY region_code
  UNION ALL SELECT region_code, 0, count(*) FROM analytics.request_fact WHERE status IN (${OPEN_STATUSES_SQL}) GROUP BY region_code) f GROUP BY region_code`;

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string }[];
}

async function timedQuery(url: string, query: string): Promise<{ ms: number; body: GraphQLBody }> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as GraphQLBody;
  const ms = performance.now() - started;
  if (!response.ok || body.errors?.length || !body.data) throw new Error(`${url} answered ${response.status}: ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
  return { ms, body };
}

async function timedSql(pg: Client, sql: string, params: unknown[] = []): Promise<{ ms: number; rows: Record<string, unknown>[] }> {
  const started = performance.now();
  const result = await pg.query(sql, params);
  return { ms: performance.now() - started, rows: result.rows };
}

function percentile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}

async function main(): Promise<void> {
  console.log(`Birge analytics benchmark (P4): Node ${process.version}, scale ×${SCALE}`);
  const stack = await startStack({ logLevel: 'warn' });
  const pg = new Client({ connectionString: stack.databaseUrl });
  await pg.connect();
  const naive = new Client({ connectionString: stack.databaseUrl });
  await naive.connect();
  try {
    const started = performance.now();
    const counts = await generateAnalyticsFacts(pg, SCALE);
    console.log(
      `generated ${counts.organizations.toLocaleString('en')} organizations, ${counts.requests.toLocaleString('en')} requests, ` +
        `${counts.contacts.toLocaleString('en')} contacts in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    // The naive connection plans without indexes: every figure from a scan of the facts.
    await naive.query('SET enable_indexscan = off; SET enable_indexonlyscan = off; SET enable_bitmapscan = off');
    const plan = planInsight(
      { measures: MEASURES, groupBy: [InsightDimension.REQUEST_SUBTYPE], filter: { regions: [REGION], period: { quarter: QUARTER } } },
      [REGION],
      new Date(),
    );
    const statement = familyStatement(InsightFamily.REQUESTS, plan);

    // The answers agree before anything is timed.
    const overview = (await timedQuery(stack.gatewayUrl, OVERVIEW_QUERY)).body.data?.nationalOverview as { openRequestCount: number; organizationCount: number };
    const naiveOverview = (await timedSql(naive, NAIVE_OVERVIEW)).rows;
    const naiveOpen = naiveOverview.reduce((sum, row) => sum + Number(row.open), 0);
    if (overview.organizationCount !== counts.organizations) throw new Error(`overview counts ${overview.organizationCount} organizations, ${counts.organizations} were written`);
    if (overview.openRequestCount !== naiveOpen) throw new Error(`overview counts ${overview.openRequestCount} open requests, the naive GROUP BY ${naiveOpen}`);
    const insights = (await timedQuery(stack.gatewayUrl, INSIGHTS_QUERY)).body.data?.insights as { total: { values: { value: number }[] } };
    const naiveRows = (await timedSql(naive, statement.sql, statement.params)).rows;
    const naiveRequests = naiveRows.reduce((sum, row) => sum + Number(row.REQUESTS), 0);
    if (insights.total.values[0].value !== naiveRequests) throw new Error(`insights counts ${insights.total.values[0].value} requests, the naive GROUP BY ${naiveRequests}`);
    console.log(`answers agree: ${overview.openRequestCount.toLocaleString('en')} open requests nationally; ${naiveRequests} requests in ${REGION} in ${QUARTER}`);

    const runs: Record<string, () => Promise<number>> = {
      'nationalOverview (gateway)': async () => (await timedQuery(stack.gatewayUrl, OVERVIEW_QUERY)).ms,
      'overview, naive GROUP BY (SQL)': async () => (await timedSql(naive, NAIVE_OVERVIEW)).ms,
      'insights grouped + filtered (gateway)': async () => (await timedQuery(stack.gatewayUrl, INSIGHTS_QUERY)).ms,
      'insights, naive GROUP BY (SQL)': async () => (await timedSql(naive, statement.sql, statement.params)).ms,
    };
    const samples = new Map<string, number[]>(Object.keys(runs).map((name) => [name, []]));
    for (let i = 0; i < WARMUP + SAMPLES; i++) {
      // Interleaved, the order turned every round: the machine's load falls on all alike.
      const names = i % 2 ? Object.keys(runs).reverse() : Object.keys(runs);
      for (const name of names) {
        const ms = await runs[name]();
        if (i >= WARMUP) samples.get(name)?.push(ms);
      }
    }
    const p = (name: string, q: number) => percentile(samples.get(name) ?? [], q);
    console.log(`\n${SAMPLES} samples each after ${WARMUP} warm-up rounds, one request at a time, interleaved`);
    console.log('| query | p50 ms | p95 ms |\n|---|---:|---:|');
    for (const name of Object.keys(runs)) console.log(`| ${name} | ${p(name, 0.5).toFixed(1)} | ${p(name, 0.95).toFixed(1)} |`);
    const ratio = (api: string, base: string) => (p(base, 0.95) / p(api, 0.95)).toFixed(1);
    console.log(
      `\nP4: nationalOverview p95 ${p('nationalOverview (gateway)', 0.95).toFixed(1)} ms (naive / API ${ratio('nationalOverview (gateway)', 'overview, naive GROUP BY (SQL)')}×); ` +
        `grouped, filtered insights p95 ${p('insights grouped + filtered (gateway)', 0.95).toFixed(1)} ms ` +
        `(naive / API ${ratio('insights grouped + filtered (gateway)', 'insights, naive GROUP BY (SQL)')}×); target p95 ≤ 50 ms and ≥ 10×`,
    );
  } finally {
    await naive.end();
    await pg.end();
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
