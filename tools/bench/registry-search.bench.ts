/**
 * `node -r @swc-node/register tools/bench/registry-search.bench.ts`: registry lists at scale. Not a
 * test: it prints numbers.
 *
 * Seeds BENCH_ROWS (100,000) organizations through the CSV import (tools/bench/registry-data.ts),
 * then times each list query BENCH_RUNS (30) times through OrganizationSearchService (what the
 * GraphQL resolvers call) and prints p50 / p95. As a baseline it replays, in the same run, the very
 * SQL statements the service sent for that query straight on a pg pool (no TypeORM, no
 * mapping), and prints the ratio service / raw. The unfiltered facets also get the plain
 * count-every-row statement as a second baseline, which is what the maintained counts replace.
 *
 * BIRGE_TEST_ADMIN_URL runs it in a scratch database on that server instead of an embedded one.
 */
import { Direction } from '@birge/shared-reference';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { OrganizationImportService } from '../../apps/registry/src/modules/import/organization-import.service';
import type { OrganizationFilter } from '../../apps/registry/src/modules/organization/dto/organization-filter.input';
import { OrganizationSearchService } from '../../apps/registry/src/modules/search/organization-search.service';
import { ContactRecency, OrganizationOrder } from '../../apps/registry/src/modules/search/search-enums';
import { BENCH_IDENTITY, openBenchDatabase, openBenchRegistry } from './registry-bench-database';
import { generateCsv } from './registry-data';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);

const fmt = (n: number, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function percentiles(samples: number[]): { p50: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { p50: at(0.5), p95: at(0.95) };
}

/** Records the statements the service sends while `run` runs (every query runner of the data source). */
function recorder(dataSource: DataSource): { record<T>(run: () => Promise<T>): Promise<{ sql: string; params: unknown[] }[]> } {
  let log: { sql: string; params: unknown[] }[] | null = null;
  const driver = dataSource.driver as unknown as { createQueryRunner(mode: unknown): { query(sql: string, params?: unknown[], raw?: boolean): Promise<unknown> } };
  const create = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode) => {
    const runner = create(mode);
    const query = runner.query.bind(runner);
    runner.query = (sql, params, raw) => {
      if (log && !/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)/i.test(sql)) log.push({ sql, params: params ?? [] });
      return query(sql, params, raw);
    };
    return runner;
  };
  return {
    async record(run) {
      log = [];
      try {
        await run();
        return log;
      } finally {
        log = null;
      }
    },
  };
}

async function main(): Promise<void> {
  const database = await openBenchDatabase('search');
  const registry = await openBenchRegistry(database);
  const { dataSource, events } = registry;
  // As many connections as the service's pool: it sends a page and its count at the same time.
  const raw = new Pool({ connectionString: database.url, max: 4 });
  try {
    let started = performance.now();
    const imported = await new OrganizationImportService(dataSource, events).import(generateCsv(ROWS), BENCH_IDENTITY);
    if (!imported.ok || imported.created !== ROWS) throw new Error(`seeding failed: ${JSON.stringify({ ...imported, errors: imported.errors.slice(0, 3) })}`);
    // A tenth of them contacted, a few verified: the contact and verification filters have something to find.
    await dataSource.query(`UPDATE registry.organization SET last_contact_on = current_date - (random() * 700)::int WHERE random() < 0.1`);
    await dataSource.query(`UPDATE registry.organization SET verification_status = 'VERIFIED', verified_at = now() - random() * interval '30 months' WHERE random() < 0.05`);
    await dataSource.query('ANALYZE registry.organization');
    console.log(`seeded ${ROWS.toLocaleString('en-US')} organizations in ${fmt(performance.now() - started, 0)} ms; ${RUNS} runs per query\n`);

    // The benchmark reads as a republican administrator: every region, the whole contact log.
    const admin = BENCH_IDENTITY;
    const search = new OrganizationSearchService(dataSource, { reverifyAfterMonths: 24, contactWindowMonths: 12 });
    const statements = recorder(dataSource);
    const time = async (run: () => Promise<unknown>) => {
      await run();
      const samples: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        started = performance.now();
        await run();
        samples.push(performance.now() - started);
      }
      return percentiles(samples);
    };
    const replay = (sent: { sql: string; params: unknown[] }[]) => async () => {
      // The service sends its statements concurrently where it can (page and count): so does the baseline.
      await Promise.all(sent.map((s) => raw.query(s.sql, s.params)));
    };
    console.log(`${'query'.padEnd(46)} ${'service p50'.padStart(12)} ${'p95'.padStart(8)}   ${'raw SQL p50'.padStart(12)} ${'p95'.padStart(8)}   ratio p50`);
    const row = async (label: string, run: () => Promise<unknown>, baseline?: { label: string; run: () => Promise<unknown> }) => {
      const sent = await statements.record(run);
      const service = await time(run);
      const plain = await time(replay(sent));
      console.log(
        `${label.padEnd(46)} ${fmt(service.p50).padStart(9)} ms ${fmt(service.p95).padStart(5)} ms   ${fmt(plain.p50).padStart(9)} ms ${fmt(plain.p95).padStart(5)} ms   ${fmt(service.p50 / plain.p50, 2)}`,
      );
      if (baseline) {
        const other = await time(baseline.run);
        console.log(
          `  ${baseline.label.padEnd(44)} ${''.padStart(12)} ${''.padStart(8)}   ${fmt(other.p50).padStart(9)} ms ${fmt(other.p95).padStart(5)} ms   ${fmt(service.p50 / other.p50, 2)}`,
        );
      }
    };
    const list = (filter: OrganizationFilter, order?: OrganizationOrder) => () => search.list(filter, 20, null, order, admin);

    await row('search "kamkor" by relevance', list({ search: 'kamkor' }, OrganizationOrder.RELEVANCE));
    await row('search "камкор" newest first', list({ search: 'камкор' }));
    await row('search "мейирим" by relevance', list({ search: 'мейирим' }, OrganizationOrder.RELEVANCE));
    await row('search "kamqor" + region, by relevance', list({ search: 'kamqor', regionCode: '750000000' }, OrganizationOrder.RELEVANCE));
    await row('search "Шапағат 77" (one record)', list({ search: 'Шапағат 77' }, OrganizationOrder.RELEVANCE));
    await row('newest first, no filter', list({}));
    await row('region + kind + direction', list({ regionCode: '710000000', kind: 'NGO' as never, direction: Direction.BILIM }));
    await row('contact RECENT, by name', list({ contact: ContactRecency.RECENT }, OrganizationOrder.NAME));
    await row('verification EXPIRED', list({ verificationStatus: 'EXPIRED' as never }));
    await row('facets, no filter', () => search.facets({}, admin), { label: '(baseline: counting every row)', run: () => search.filteredFacets({}, admin) });
    await row('facets, region filter', () => search.facets({ regionCode: '750000000' }, admin));
    await row('facets, search "kamkor"', () => search.facets({ search: 'kamkor' }, admin));
  } finally {
    await raw.end();
    await registry.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
