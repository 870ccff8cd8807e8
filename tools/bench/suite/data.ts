/**
 * The data the figures run on: national scale ×N in an embedded PostgreSQL of the benchmark's own
 * (pg_stat_statements preloaded, for P3), kept in tmp/bench/data-scale<N>-seed<S> between runs so
 * the generator runs once per scale and seed.
 *
 * Generator: `generate({ scale, seed, databaseUrl })` of tools/generate (`npm run generate`). Until
 * that module is there, the runner falls back to the registry's demo data and generated CSV
 * imports through the gateway (far smaller; each line then says `data=fallback`).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../stack/src/processes';
import { startEmbeddedDatabase, type StackDatabase } from '../../stack/src/database';
import { startStack } from '../../stack/src/stack';
import { loadDemoData } from '../../stack/src/demo-data';
import { generateCsv } from '../registry-data';

export const STATEMENT_STATS_OPTIONS = ['shared_preload_libraries=pg_stat_statements', 'pg_stat_statements.track=all', 'pg_stat_statements.max=10000'];

export interface BenchData {
  database: StackDatabase;
  /** 'generate' (tools/generate) or 'fallback' (demo data and CSV imports). */
  source: 'generate' | 'fallback';
}

interface Generator {
  generate(options: { scale: number; seed: number; databaseUrl: string; onProgress?: (progress: { step: string }) => void }): Promise<unknown>;
}

/** tools/generate's entry point, when it is there. */
async function findGenerator(): Promise<Generator | null> {
  for (const file of ['tools/generate/src/generate.ts', 'tools/generate/src/index.ts']) {
    const full = path.join(ROOT, file);
    if (!existsSync(full)) continue;
    const loaded = (await import(full)) as Partial<Generator>;
    if (typeof loaded.generate === 'function') return loaded as Generator;
  }
  return null;
}

/** Demo data, then `rows` generated registry rows imported through the gateway in chunks. */
async function fallbackData(databaseUrl: string, rows: number, log: (message: string) => void): Promise<void> {
  const stack = await startStack({
    databaseUrl,
    built: true,
    logLevel: 'warn',
    devIdentityFallback: true,
    env: { NODE_ENV: 'development' },
    output: path.join(ROOT, 'tmp/bench/fallback-logs'),
  });
  try {
    await loadDemoData(stack.gatewayUrl);
    const lines = generateCsv(rows).trimEnd().split('\n');
    const header = lines.shift() as string;
    for (let start = 0; start < lines.length; start += 1000) {
      const csv = [header, ...lines.slice(start, start + 1000)].join('\n');
      const response = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation($csv: String!) { importOrganizations(csv: $csv) { ok created } }', variables: { csv } }),
      });
      const body = (await response.json()) as { data?: { importOrganizations: { ok: boolean } }; errors?: { message: string }[] };
      if (!body.data?.importOrganizations.ok) throw new Error(`fallback import failed: ${JSON.stringify(body.errors ?? body.data)}`);
      log(`  fallback data: ${Math.min(start + 1000, lines.length)} / ${lines.length} organizations imported`);
    }
  } finally {
    await stack.stop();
  }
}

export async function prepareData(scale: number, seed: number, log: (message: string) => void): Promise<BenchData> {
  const dataDir = path.join(ROOT, 'tmp/bench', `data-scale${scale}-seed${seed}`);
  const marker = `${dataDir}.json`;
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const database = await startEmbeddedDatabase(dataDir, 0, false, STATEMENT_STATS_OPTIONS);
  const started = Date.now();
  const generator = await findGenerator();
  if (generator) {
    // Idempotent: the same scale and seed already there are kept (a moment), otherwise written.
    log(`data: scale ${scale}, seed ${seed} in ${path.relative(ROOT, dataDir)} (tools/generate)...`);
    let lastStep = '';
    await generator.generate({
      scale,
      seed,
      databaseUrl: database.url,
      onProgress: (progress: { step: string }) => {
        if (progress.step !== lastStep) log(`  ${(lastStep = progress.step)}`);
      },
    });
    log(`data ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return { database, source: 'generate' };
  }
  if (existsSync(marker)) {
    log(`data: scale ${scale}, seed ${seed}, kept in ${path.relative(ROOT, dataDir)} (fallback)`);
    return { database, source: 'fallback' };
  }
  log('data: tools/generate has no generate() yet; demo data and generated organizations instead');
  await fallbackData(database.url, Math.max(1200, 1000 * scale), log);
  writeFileSync(marker, JSON.stringify({ scale, seed, source: 'fallback', seconds: (Date.now() - started) / 1000, at: new Date().toISOString() }));
  log(`data ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const source: BenchData['source'] = 'fallback';
  return { database, source };
}
