/**
 * P5: the registry's CSV import against a raw `COPY` of the same file (goal: ≤ 8×). The logic of
 * tools/bench/registry-import.bench.ts: 10,000 × scale generated rows, imported into an empty
 * registry (the bulk path) by OrganizationImportService, and the very same file COPYed into a
 * table of text columns; each round in a fresh database of a throw-away embedded server, the
 * order of the two flipped every round. `ratio` = median import time / median COPY time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { copyCsvInto } from '../../../apps/registry/src/modules/import/pg-copy';
import { OrganizationImportService } from '../../../apps/registry/src/modules/import/organization-import.service';
import { createScratchDatabase, startEmbeddedDatabase } from '../../stack/src/database';
import { openBenchRegistry, BENCH_IDENTITY } from '../registry-bench-database';
import { generateCsv } from '../registry-data';
import type { BenchContext } from './figure';
import { figureLine } from './method/format';
import { median } from './method/rounds';

async function oneRound(adminUrl: string, csv: string, rows: number, importFirst: boolean): Promise<{ importMs: number; copyMs: number }> {
  const registry = await openBenchRegistry(await createScratchDatabase(adminUrl));
  const { dataSource, events } = registry;
  try {
    const header = csv.slice(0, csv.indexOf('\n')).split(',');
    await dataSource.query(`CREATE TABLE public.raw_copy (${header.map((c) => `${c} text`).join(', ')})`);
    const body = Buffer.from(csv.slice(csv.indexOf('\n') + 1), 'utf8');
    const chunks: Buffer[] = [];
    for (let offset = 0; offset < body.length; offset += 1 << 20) chunks.push(body.subarray(offset, offset + (1 << 20)));
    const runImport = async () => {
      const started = performance.now();
      const result = await new OrganizationImportService(dataSource, events).import(csv, BENCH_IDENTITY);
      if (!result.ok || result.created !== rows) throw new Error(`the import created ${result.created} of ${rows} rows (${result.errors.length} errors)`);
      return performance.now() - started;
    };
    const runCopy = async () => {
      const started = performance.now();
      const copied = await dataSource.transaction((manager) => copyCsvInto(manager, 'public.raw_copy', header, chunks));
      if (copied !== rows) throw new Error(`COPY loaded ${copied} of ${rows} rows`);
      return performance.now() - started;
    };
    if (importFirst) {
      const importMs = await runImport();
      return { importMs, copyMs: await runCopy() };
    }
    const copyMs = await runCopy();
    return { importMs: await runImport(), copyMs };
  } finally {
    await registry.stop();
  }
}

export async function run(ctx: BenchContext): Promise<string[]> {
  const rows = 10_000 * ctx.scale;
  const csv = generateCsv(rows);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'birge-bench-p5-'));
  const server = await startEmbeddedDatabase(dir, 0, true);
  try {
    const rounds: { importMs: number; copyMs: number }[] = [];
    for (let round = 0; round < ctx.rounds; round++) {
      rounds.push(await oneRound(server.url, csv, rows, round % 2 === 0));
      ctx.log(`  round ${round + 1}: import ${rounds[round].importMs.toFixed(0)} ms, COPY ${rounds[round].copyMs.toFixed(0)} ms`);
    }
    const importMs = median(rounds.map((r) => r.importMs));
    const copyMs = median(rounds.map((r) => r.copyMs));
    return [
      figureLine('P5', 'import-vs-copy', importMs / copyMs, {
        goal: '<=8',
        rows,
        import_ms: importMs,
        copy_ms: copyMs,
        rows_per_s: rows / (importMs / 1000),
        mib: Buffer.byteLength(csv) / 1024 / 1024,
        rounds: ctx.rounds,
      }),
    ];
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
