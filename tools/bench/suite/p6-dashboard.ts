/**
 * P6: the dashboard. `P6a` initial JavaScript of the built dashboard, gzip (`ratio` = kB / 150, the
 * goal; the entry and every script index.html preloads; the Kazakh dictionary, fetched next, is
 * shown beside it). `P6b` the overview's figures on screen after navigation in headless Chromium
 * with the built dashboard served by Vite's preview server against the bench's gateway and data
 * (`ratio` = p50 ms / 500, the goal; p50 and max of the samples).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { launchChromium } from '../../../apps/dashboard-e2e/test/browser';
import { seedDemoAccounts } from '../../stack/src/demo-accounts';
import { freePort } from '../../stack/src/free-port';
import { ROOT } from '../../stack/src/processes';
import type { BenchContext } from './figure';
import { failedLine, figureLine } from './method/format';
import { buildDashboard, measureInitialJs } from './p6/initial-js';
import { overviewAfterNavigation } from './p6/overview-timing';

const INITIAL_JS_GOAL_KB = 150;
const OVERVIEW_GOAL_MS = 500;
const SAMPLES = 7;

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

export async function run(ctx: BenchContext): Promise<string[]> {
  const outDir = path.join(ctx.outDir, 'p6-dashboard');
  ctx.log('P6: building the dashboard');
  await buildDashboard(outDir);
  const initial = measureInitialJs(outDir);
  const lines = [
    figureLine('P6a', 'dashboard-initial-js', initial.gzipKb / INITIAL_JS_GOAL_KB, {
      gzip_kb: initial.gzipKb,
      raw_kb: initial.rawKb,
      scripts: initial.files.length,
      kk_dictionary_gzip_kb: initial.dictionaryGzipKb,
      goal_kb: INITIAL_JS_GOAL_KB,
    }),
  ];

  try {
    const stack = await ctx.stack();
    const analyst = (await seedDemoAccounts(stack.databaseUrl)).find((account) => account.role === 'ANALYST');
    if (!analyst) throw new Error('no demo analyst account');
    const port = await freePort();
    const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js');
    const preview = spawn(process.execPath, [vite, 'preview', '--config', path.join(ROOT, 'apps/dashboard/vite.config.ts'), '--outDir', outDir, '--strictPort'], {
      cwd: ROOT,
      env: { ...process.env, DASHBOARD_PORT: String(port), GATEWAY_URL: stack.gatewayUrl.replace(/\/graphql\/?$/, '') },
      stdio: 'ignore',
    });
    const dashboardUrl = `http://127.0.0.1:${port}/`;
    const browser = await launchChromium();
    try {
      await waitForHttp(dashboardUrl, 30_000);
      ctx.log(`P6: the overview after navigation, ${SAMPLES} samples`);
      const times = await overviewAfterNavigation(browser, dashboardUrl, analyst, SAMPLES);
      const p50 = percentile(times, 50);
      lines.push(
        figureLine('P6b', 'overview-after-navigation', p50 / OVERVIEW_GOAL_MS, {
          p50_ms: p50,
          max_ms: Math.max(...times),
          samples: times.length,
          scale: ctx.scale,
          goal_ms: OVERVIEW_GOAL_MS,
        }),
      );
    } finally {
      await browser.close();
      preview.kill('SIGTERM');
    }
  } catch (error) {
    lines.push(failedLine('P6b', error));
  }
  return lines;
}
