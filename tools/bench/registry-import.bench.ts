/**
 * `node -r @swc-node/register tools/bench/registry-import.bench.ts`: the registry's CSV import at
 * scale. Not a test: it prints numbers and checks only that the import did what it reports.
 *
 * 1. generates BENCH_ROWS (100,000) realistic rows (Kazakh and Russian names and descriptions,
 *    valid unique BINs, KATO places, contact people) into one CSV file;
 * 2. imports it into an empty registry (OrganizationImportService: every row checked, new records
 *    COPYed straight into the registry a chunk at a time while the next chunk is checked, one
 *    registry.organizations-imported event per chunk of 2,000; the file is larger than the
 *    registry, so it takes the bulk path, indexes and foreign keys built again at the end) and
 *    reports rows/s, the time per step, and how much of it Node spent checking and how long it
 *    waited for PostgreSQL;
 * 3. loads the very same file with a raw PostgreSQL COPY into a table of text columns, in the same
 *    run, and reports the ratio import / COPY (the number to compare between machines; the target
 *    is 30,000 rows/s);
 * 4. imports the file again (idempotent: nothing may change) and times it;
 * 5. times list queries on the 100,000 records: fuzzy search, filters, a deep keyset page, facets.
 *
 * BIRGE_TEST_ADMIN_URL runs it in a scratch database on that server instead of an embedded one.
 */
import { Direction } from '@birge/shared-reference';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DuplicatesService } from '../../apps/registry/src/modules/duplicates/duplicates.service';
import { copyCsvInto } from '../../apps/registry/src/modules/import/pg-copy';
import { OrganizationImportService } from '../../apps/registry/src/modules/import/organization-import.service';
import { OrganizationSearchService } from '../../apps/registry/src/modules/search/organization-search.service';
import { OrganizationOrder } from '../../apps/registry/src/modules/search/search-enums';
import { BENCH_IDENTITY, openBenchDatabase, openBenchRegistry } from './registry-bench-database';
import { generateCsv } from './registry-data';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);

const ms = (start: number) => performance.now() - start;
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'birge-import-bench-'));
  const file = path.join(dir, 'organizations.csv');
  let started = performance.now();
  writeFileSync(file, generateCsv(ROWS));
  const csv = readFileSync(file, 'utf8');
  console.log(`generated ${fmt(ROWS)} rows, ${fmt(Buffer.byteLength(csv) / 1024 / 1024, 1)} MiB, in ${fmt(ms(started))} ms`);

  const registry = await openBenchRegistry(await openBenchDatabase('import'));
  const { dataSource, events } = registry;
  const identity = BENCH_IDENTITY;
  try {
    const service = new OrganizationImportService(dataSource, events);
    const phases: Record<string, number> = {};
    const timings: Record<string, number> = {};
    let phaseStart = performance.now();
    let current = 'validate';
    started = performance.now();
    const cpu = process.cpuUsage();
    const result = await service.import(csv, identity, {
      timings,
      onProgress: (p) => {
        if (p.phase !== current) {
          phases[current] = ms(phaseStart);
          phaseStart = performance.now();
          current = p.phase;
        }
      },
    });
    const importMs = ms(started);
    const nodeCpu = process.cpuUsage(cpu);
    if (!result.ok || result.created !== ROWS) throw new Error(`import failed: ${JSON.stringify({ ...result, errors: result.errors.slice(0, 5) })}`);
    const count = Number((await dataSource.query('SELECT count(*) AS n FROM registry.organization'))[0].n);
    // One registry.organizations-imported event per batch of records, each record in exactly one batch.
    const [{ batches, announced }] = await dataSource.query(
      `SELECT count(DISTINCT j.id)::int AS batches, count(DISTINCT o.org_id)::int AS announced
       FROM pgboss.job j LEFT JOIN LATERAL jsonb_array_elements_text(j.data->'payload'->'organizationIds') o(org_id) ON true
       WHERE j.name = 'analytics.organization-imports'`,
    );
    if (count !== ROWS || announced !== ROWS) throw new Error(`expected ${ROWS} records and announced records, found ${count} and ${announced}`);

    // The same file, raw: COPY into a table of text columns, nothing checked, nothing derived.
    const header = csv.slice(0, csv.indexOf('\n')).split(',');
    const body = Buffer.from(csv.slice(csv.indexOf('\n') + 1), 'utf8');
    const chunks: Buffer[] = [];
    for (let offset = 0; offset < body.length; offset += 1 << 20) chunks.push(body.subarray(offset, offset + (1 << 20)));
    await dataSource.query(`CREATE TABLE public.raw_copy (${header.map((c) => `${c} text`).join(', ')})`);
    started = performance.now();
    const copied = await dataSource.transaction((manager) => copyCsvInto(manager, 'public.raw_copy', header, chunks));
    const copyMs = ms(started);
    if (copied !== ROWS) throw new Error(`COPY loaded ${copied} rows`);

    started = performance.now();
    const again = await service.import(csv, identity);
    const againMs = ms(started);
    if (!again.ok || again.created || again.updated || again.unchanged !== ROWS) throw new Error(`re-import changed something: ${JSON.stringify({ ...again, errors: [] })}`);

    console.log('');
    console.log(
      `import          ${fmt(importMs)} ms   ${fmt(ROWS / (importMs / 1000))} rows/s   (${Object.entries({ ...phases, [current]: 0 })
        .filter(([, v]) => v)
        .map(([k, v]) => `${k} ${fmt(v)} ms`)
        .join(', ')}; Node CPU ${fmt((nodeCpu.user + nodeCpu.system) / 1000)} ms)`,
    );
    console.log(`  events: ${fmt(batches)} registry.organizations-imported batches (a job each per consumer queue) instead of ${fmt(ROWS)} per-record events`);
    console.log(
      `  database steps: ${Object.entries(timings)
        .map(([k, v]) => `${k} ${fmt(v)} ms`)
        .join(', ')}`,
    );
    console.log(`raw COPY        ${fmt(copyMs)} ms   ${fmt(ROWS / (copyMs / 1000))} rows/s`);
    console.log(`ratio import / raw COPY: ${fmt(importMs / copyMs, 2)}   (target 30,000 rows/s: ${ROWS / (importMs / 1000) >= 30_000 ? 'met' : 'not met'} on this run)`);
    console.log(`re-import (no change)   ${fmt(againMs)} ms   ${fmt(ROWS / (againMs / 1000))} rows/s`);

    await dataSource.query('ANALYZE registry.organization');
    const search = new OrganizationSearchService(dataSource, { reverifyAfterMonths: 24, contactWindowMonths: 12 });
    const timed = async (label: string, run: () => Promise<unknown>) => {
      await run();
      const samples: number[] = [];
      for (let i = 0; i < 10; i++) {
        const t = performance.now();
        await run();
        samples.push(ms(t));
      }
      samples.sort((a, b) => a - b);
      console.log(`  ${label.padEnd(52)} p50 ${fmt(samples[4], 1)} ms   max ${fmt(samples[9], 1)} ms`);
    };
    console.log(`\nlist queries on ${fmt(ROWS)} organizations (10 runs each, first page of 20 unless said):`);
    await timed('newest first, no filter', () => search.list({}, 20, null, null, identity));
    await timed('search "kamkor" by relevance', () => search.list({ search: 'kamkor' }, 20, null, OrganizationOrder.RELEVANCE, identity));
    await timed('search "мейирим" newest first', () => search.list({ search: 'мейирим' }, 20, null, null, identity));
    await timed('region + kind + direction', () => search.list({ regionCode: '710000000', kind: 'NGO' as never, direction: Direction.BILIM }, 20, null, null, identity));
    let deepCursor: string | null = null;
    for (let page = 0; page < 50; page++) deepCursor = (await search.list({}, 100, deepCursor, OrganizationOrder.NAME, identity)).pageInfo.endCursor;
    await timed('by name, the page after row 5,000 (keyset)', () => search.list({}, 20, deepCursor, OrganizationOrder.NAME, identity));
    await timed('facets, no filter', () => search.facets({}, identity));
    await timed('facets, region filter', () => search.facets({ regionCode: '750000000' }, identity));
    // Possible duplicates on create: one region's records, no trigram index on duplicate_key (it only slowed imports).
    const duplicates = new DuplicatesService(dataSource, events, undefined as never);
    await timed('possible duplicates of a new name, Almaty', () => duplicates.find({ name: 'Қамқор жастары', nameRu: 'Камкор жастары', regionCode: '750000000' }));
    await timed('possible duplicates of a new name, Astana', () => duplicates.find({ name: 'Мейірім еріктілері', regionCode: '710000000' }));
  } finally {
    await registry.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
