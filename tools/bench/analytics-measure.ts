/**
 * Figure P4's measurement, shared by `npm run bench:analytics` (analytics.bench.ts) and the
 * `npm run bench` suite (suite/p4-analytics.ts): the overview and a grouped, filtered analytics
 * query through the gateway, and the naive GROUP BY over the same facts straight on PostgreSQL
 * (index scans off), each at `inFlight` requests in flight, in rounds that alternate their order.
 */
import { DEV_JWT_SECRET, signAccessToken } from '@birge/server-kit';
import { InsightDimension, InsightFamily, InsightMeasure, Role, type Identity } from '@birge/shared-reference';
import { GraphQLTestClient } from '@birge/server-testing';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { familyStatement } from '../../apps/analytics/src/modules/insights/insight-sql';
import { planInsight } from '../../apps/analytics/src/modules/insights/insight-plan';
import { OPEN_STATUSES_SQL } from '../../apps/analytics/src/modules/overview/open-statuses.sql';

export interface P4Options {
  gatewayUrl: string;
  databaseUrl: string;
  /** The analytics subgraph's own URL: when given, both queries are also timed straight on it (what the gateway adds), outside the ratio. */
  analyticsUrl?: string;
  /** The secret the gateway checks access tokens with (the services' JWT_SECRET; the development one when not given). */
  jwtSecret?: string;
  /** Requests in flight at once (10 for P4). */
  inFlight: number;
  /** Timed requests of each query per round, after `warmup` untimed ones. */
  samples: number;
  warmup: number;
  /** Rounds; the order of the four queries turns every round. */
  rounds: number;
  log?: (message: string) => void;
}

export interface P4Query {
  name: string;
  p50: number;
  p95: number;
  p99: number;
  count: number;
}

type QueryKey = 'overview' | 'grouped' | 'naiveOverview' | 'naiveGrouped' | 'overviewDirect' | 'groupedDirect';

export interface P4Result {
  queries: Partial<Record<QueryKey, P4Query>> & Record<'overview' | 'grouped' | 'naiveOverview' | 'naiveGrouped', P4Query>;
  /** naive p95 / API p95, the worse of the two queries. */
  ratio: number;
  /** The API's p95, the worse of the two queries. */
  p95: number;
  line: string;
  answers: { openRequests: number; groupedRequests: number };
}

export const P4_REGION = '100000000';
/** The last whole quarter. */
export function lastWholeQuarter(now = new Date()): string {
  const q = Math.floor(now.getUTCMonth() / 3);
  return q === 0 ? `${now.getUTCFullYear() - 1}-Q4` : `${now.getUTCFullYear()}-Q${q}`;
}
export const P4_MEASURES = [InsightMeasure.REQUESTS, InsightMeasure.OPEN_REQUESTS, InsightMeasure.OVERDUE_SHARE, InsightMeasure.RESOLUTION_HOURS_MEDIAN];

const ANALYST: Identity = { userId: 'bench-analyst', role: Role.ANALYST, regionCode: null };
const OVERVIEW_QUERY = '{ nationalOverview { organizationCount openRequestCount regions { region { code } organizationCount openRequestCount } } }';
const insightsQuery = (
  quarter: string,
) => `{ insights(measures: [${P4_MEASURES.join(', ')}], groupBy: [REQUEST_SUBTYPE], filter: { regions: ["${P4_REGION}"], period: { quarter: "${quarter}" } }) {
  rows { keys { code } values { measure value } } total { values { measure value } } } }`;

/** The overview's figures as a plain GROUP BY over the facts. */
export const NAIVE_OVERVIEW = `SELECT region_code, sum(o)::int AS organizations, sum(r)::int AS open FROM (
  SELECT region_code, count(*) AS o, 0 AS r FROM analytics.organization_fact WHERE merged_into IS NULL GROUP BY region_code
  UNION ALL SELECT region_code, 0, count(*) FROM analytics.request_fact WHERE status IN (${OPEN_STATUSES_SQL}) GROUP BY region_code) f GROUP BY region_code`;

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string }[];
}

function percentile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}

/** Runs `total` calls of `call`, `inFlight` at a time; the latencies of those after the first `warmup`. */
async function inFlightLatencies(call: () => Promise<void>, inFlight: number, warmup: number, total: number): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    for (;;) {
      const index = next++;
      if (index >= total) return;
      const started = performance.now();
      await call();
      if (index >= warmup) latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return latencies;
}

/** Measures figure P4 on a running system whose analytics read model holds the facts. */
export async function measureP4(options: P4Options): Promise<P4Result> {
  const log = options.log ?? (() => undefined);
  const quarter = lastWholeQuarter();
  const insights = insightsQuery(quarter);
  // An analyst's access token, as the dashboard sends it (the development identity is off in production mode).
  const { token } = await signAccessToken(ANALYST, options.jwtSecret ?? process.env.JWT_SECRET ?? DEV_JWT_SECRET, Date.now(), 3 * 3600);
  const gateway = async (query: string): Promise<GraphQLBody> => {
    const response = await fetch(options.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as GraphQLBody;
    if (!response.ok || body.errors?.length || !body.data)
      throw new Error(`the gateway answered ${response.status}: ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
    return body;
  };
  // The naive connections plan without indexes: every figure from a scan of the facts.
  const naive = new Pool({
    connectionString: options.databaseUrl,
    max: options.inFlight,
    options: '-c enable_indexscan=off -c enable_indexonlyscan=off -c enable_bitmapscan=off',
  });
  try {
    const plan = planInsight(
      { measures: P4_MEASURES, groupBy: [InsightDimension.REQUEST_SUBTYPE], filter: { regions: [P4_REGION], period: { quarter } } },
      [P4_REGION],
      new Date(),
    );
    const statement = familyStatement(InsightFamily.REQUESTS, plan);

    // The answers agree before anything is timed.
    const overview = (await gateway(OVERVIEW_QUERY)).data?.nationalOverview as { openRequestCount: number };
    const naiveOpen = (await naive.query(NAIVE_OVERVIEW)).rows.reduce((sum, row) => sum + Number(row.open), 0);
    if (overview.openRequestCount !== naiveOpen) throw new Error(`the overview counts ${overview.openRequestCount} open requests, the naive GROUP BY ${naiveOpen}`);
    const grouped = (await gateway(insights)).data?.insights as { total: { values: { value: number }[] } };
    const naiveRequests = (await naive.query(statement.sql, statement.params)).rows.reduce((sum, row) => sum + Number(row.REQUESTS), 0);
    if (grouped.total.values[0].value !== naiveRequests) throw new Error(`insights count ${grouped.total.values[0].value} requests, the naive GROUP BY ${naiveRequests}`);
    log(`P4: answers agree: ${naiveOpen} open requests nationally; ${naiveRequests} requests in ${P4_REGION} in ${quarter}`);

    const calls: Partial<Record<QueryKey, [string, () => Promise<void>]>> = {
      overview: ['nationalOverview (gateway)', async () => void (await gateway(OVERVIEW_QUERY))],
      naiveOverview: ['overview, naive GROUP BY (SQL)', async () => void (await naive.query(NAIVE_OVERVIEW))],
      grouped: ['insights grouped + filtered (gateway)', async () => void (await gateway(insights))],
      naiveGrouped: ['insights, naive GROUP BY (SQL)', async () => void (await naive.query(statement.sql, statement.params))],
    };
    if (options.analyticsUrl) {
      // Straight on the subgraph, signed as the gateway signs an analyst's request.
      const subgraph = new GraphQLTestClient(options.analyticsUrl, { identity: ANALYST });
      calls.overviewDirect = ['nationalOverview (analytics subgraph, no gateway)', async () => void (await subgraph.data(OVERVIEW_QUERY))];
      calls.groupedDirect = ['insights grouped + filtered (analytics subgraph, no gateway)', async () => void (await subgraph.data(insights))];
    }
    const samples = new Map<string, number[]>(Object.keys(calls).map((key) => [key, []]));
    for (let round = 0; round < options.rounds; round++) {
      const keys = Object.keys(calls) as QueryKey[];
      for (const key of round % 2 ? keys.reverse() : keys) {
        const [name, call] = calls[key] as [string, () => Promise<void>];
        log(`P4: round ${round + 1}/${options.rounds}, ${name}, ${options.inFlight} in flight`);
        samples.get(key)?.push(...(await inFlightLatencies(call, options.inFlight, options.warmup, options.warmup + options.samples)));
      }
    }
    const stats = (key: QueryKey): P4Query => {
      const list = samples.get(key) ?? [];
      return { name: calls[key]?.[0] ?? key, p50: percentile(list, 0.5), p95: percentile(list, 0.95), p99: percentile(list, 0.99), count: list.length };
    };
    const queries: P4Result['queries'] = { overview: stats('overview'), grouped: stats('grouped'), naiveOverview: stats('naiveOverview'), naiveGrouped: stats('naiveGrouped') };
    if (options.analyticsUrl) Object.assign(queries, { overviewDirect: stats('overviewDirect'), groupedDirect: stats('groupedDirect') });
    const ratio = Math.min(queries.naiveOverview.p95 / queries.overview.p95, queries.naiveGrouped.p95 / queries.grouped.p95);
    const p95 = Math.max(queries.overview.p95, queries.grouped.p95);
    const ms = (value: number) => value.toFixed(1);
    const line =
      `P4 analytics-vs-naive ratio=${ratio.toFixed(2)} p95_ms=${ms(p95)} overview_p95_ms=${ms(queries.overview.p95)} grouped_p95_ms=${ms(queries.grouped.p95)} ` +
      `naive_overview_p95_ms=${ms(queries.naiveOverview.p95)} naive_grouped_p95_ms=${ms(queries.naiveGrouped.p95)} in_flight=${options.inFlight}`;
    return { queries, ratio, p95, line, answers: { openRequests: naiveOpen, groupedRequests: naiveRequests } };
  } finally {
    await naive.end();
  }
}

/** The measurement as a markdown table (the README's form). */
export function p4Table(result: P4Result): string {
  const rows = Object.values(result.queries).map((q: P4Query) => `| ${q.name} | ${q.p50.toFixed(1)} | ${q.p95.toFixed(1)} | ${q.p99.toFixed(1)} | ${q.count} |`);
  return ['| query | p50 ms | p95 ms | p99 ms | samples |', '|---|---:|---:|---:|---:|', ...rows].join('\n');
}
