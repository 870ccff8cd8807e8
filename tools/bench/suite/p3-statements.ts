/**
 * P3: SQL statements per federated list (organizations with region, district, contacts and
 * requests from two subgraphs) at page sizes 10, 100 and 1,000, counted across every process with
 * pg_stat_statements (the benchmark's PostgreSQL preloads it), in the two schemas it reads
 * (registry, assistance: other services' background work is left out). A page holds at most 100, so 1,000
 * is ten pages of 100 followed by their cursors: the figure is statements per page. `ratio` =
 * statements per page at 1,000 / at 10 (goal 1: the count does not grow with the page).
 */
import { Client } from 'pg';
import type { BenchContext } from './figure';
import { figureLine } from './method/format';
import { graphql } from './method/graphql';
import { gatewayHeaders } from './method/identity';

export const FEDERATED_LIST = `query($first: Int, $after: String) {
  organizations(first: $first, after: $after) {
    totalCount
    pageInfo { endCursor hasNextPage }
    edges { node {
      id name
      region { code name { kk } }
      district { code name { kk } }
      contacts(first: 3) { totalCount edges { node { kind occurredOn } } }
      assistanceRequests(first: 3) { totalCount edges { node { id status } } }
    } }
  }
}`;

interface Page {
  organizations: { pageInfo: { endCursor: string | null; hasNextPage: boolean }; edges: unknown[] };
}

const OWN_STATEMENTS = `SELECT query, calls::int AS calls FROM pg_stat_statements
  WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
    AND query ~* '"?(registry|assistance)"?\\.' AND query !~* 'pgboss|pg_stat_statements'`;

interface Counted {
  perPage: number;
  byQuery: Map<string, number>;
}

export async function run(ctx: BenchContext): Promise<string[]> {
  const stack = await ctx.stack();
  const headers = await gatewayHeaders(ctx.secrets);
  const pg = new Client({ connectionString: ctx.databaseUrl });
  await pg.connect();
  try {
    await pg.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    /** Statements per page while `total` organizations are listed `pageSize` at a time. */
    const perPage = async (total: number): Promise<Counted> => {
      const pageSize = Math.min(total, 100);
      await pg.query('SELECT pg_stat_statements_reset()');
      let after: string | null = null;
      let pages = 0;
      for (let listed = 0; listed < total; listed += pageSize) {
        const page: Page = await graphql<Page>(stack.gatewayUrl, headers, FEDERATED_LIST, { first: pageSize, after });
        if (page.organizations.edges.length !== pageSize) throw new Error(`a page of ${pageSize} held ${page.organizations.edges.length} organizations: generate more data`);
        after = page.organizations.pageInfo.endCursor;
        pages++;
      }
      const { rows } = await pg.query<{ query: string; calls: number }>(OWN_STATEMENTS);
      const byQuery = new Map<string, number>();
      for (const row of rows) byQuery.set(row.query.replace(/\s+/g, ' '), (byQuery.get(row.query.replace(/\s+/g, ' ')) ?? 0) + row.calls / pages);
      return { perPage: rows.reduce((sum, row) => sum + row.calls, 0) / pages, byQuery };
    };
    // The list reads the registry and assistance only; their own background work (consumers of
    // events) would be counted with it: let it finish first. Other services' work is not counted.
    const drained = await drain(pg, 180_000);
    if (!drained) ctx.log('  the job queue was still busy after 3 minutes: background statements may be counted');
    await perPage(10); // warm-up: connections, metadata
    // A background job (a scheduled sweep) may land in one window: the smaller of the rounds counts.
    const measure = async (total: number) => (await sequential(Math.max(2, ctx.rounds), () => perPage(total))).sort((a, b) => a.perPage - b.perPage)[0];
    const at10 = await measure(10);
    const at100 = await measure(100);
    const at1000 = await measure(1000);
    // What grows with the page: the statements to look at first.
    for (const [query, calls] of at1000.byQuery) {
      const before = at10.byQuery.get(query) ?? 0;
      if (calls > before) ctx.log(`  grows: ${before} -> ${calls} per page: ${query.slice(0, 240)}`);
    }
    return [
      figureLine('P3', 'statements-per-list', at1000.perPage / at10.perPage, {
        goal: '1',
        statements_10: at10.perPage,
        statements_100: at100.perPage,
        statements_1000_per_page: at1000.perPage,
        data: ctx.dataSource,
      }),
    ];
  } finally {
    await pg.end();
  }
}

async function sequential<T>(times: number, step: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < times; i++) results.push(await step());
  return results;
}

/** Waits until no job is waiting or running (pg-boss), up to `timeoutMs`; whether it got there. */
async function drain(pg: Client, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { rows } = await pg.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active') AND name ~ '^(registry|assistance)\\.' AND start_after <= now()`,
    );
    if (rows[0].n === 0) return true;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return false;
}
