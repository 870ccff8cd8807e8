import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../../../stack/src/processes';

/** Builds the dashboard for production into `outDir` (vite build, as the stack serves it). */
export function buildDashboard(outDir: string): Promise<void> {
  const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js');
  const config = path.join(ROOT, 'apps/dashboard/vite.config.ts');
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [vite, 'build', '--config', config, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
      { cwd: ROOT, timeout: 300_000 },
      (error, _stdout, stderr) => (error ? reject(new Error(`vite build failed: ${stderr || error.message}`)) : resolve()),
    );
  });
}

export interface InitialJs {
  /** The scripts the first page loads before anything runs: the entry and what index.html preloads. */
  files: string[];
  rawKb: number;
  gzipKb: number;
  /** The default (Kazakh) dictionary, fetched right after the entry runs, gzip. */
  dictionaryGzipKb: number;
}

const kb = (bytes: number) => bytes / 1024;

/** Initial JavaScript of a built dashboard: every script index.html names (entry and modulepreload), gzip level 9 each. */
export function measureInitialJs(outDir: string): InitialJs {
  const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/?([^"]+\.js)"/g)].map((match) => match[1] as string);
  if (files.length === 0) throw new Error('index.html names no script');
  let raw = 0;
  let gzip = 0;
  let dictionary: string | undefined;
  for (const file of files) {
    const bytes = readFileSync(path.join(outDir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    dictionary ??= /kk-[\w-]+\.js/.exec(bytes.toString('utf8'))?.[0];
  }
  if (dictionary) dictionary = path.join('assets', dictionary);
  const dictionaryGzip = dictionary ? gzipSync(readFileSync(path.join(outDir, dictionary)), { level: 9 }).length : Number.NaN;
  return { files, rawKb: kb(raw), gzipKb: kb(gzip), dictionaryGzipKb: kb(dictionaryGzip) };
}
