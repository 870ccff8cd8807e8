/**
 * `npm run bench:analytics` (figure P4 of the performance issue): the analytics read model at
 * national scale ×10 (100,000 organizations, 1,000,000 requests, 500,000 contacts), measured on
 * this machine. Not a test: it prints numbers, it asserts only that the answers are right.
 *
 * Before and after in one run: the whole system (startStack) is started twice on fresh data,
 * first with ANALYTICS_ROLLUPS=false (every figure from the facts), then as it runs by default
 * (whole months of the request measures that add up from request_month_figures). Each time it
 * writes the facts straight into analytics' read model and measures (analytics-measure.ts), at
 * 10 requests in flight, in rounds that alternate their order:
 *  - `nationalOverview` through the gateway;
 *  - a grouped, filtered `insights` query through the gateway (one region, the last whole
 *    quarter, requests by sub-type with open, overdue share and median resolution time);
 *  - the naive GROUP BY over the same facts: the same statements straight on the database with
 *    PostgreSQL's index scans turned off.
 * Each phase's ratio is naive / API from its own measurements (the machine is shared).
 *
 * Environment: BENCH_SCALE (10), BENCH_SAMPLES (200 per round), BENCH_WARMUP (20), BENCH_ROUNDS (2),
 * BENCH_IN_FLIGHT (10), BENCH_PHASES (`facts,rollups`; one of them to run only that).
 */
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { startStack } from '../stack/src/stack';
import { generateAnalyticsFacts } from './analytics-data';
import { measureP4, p4Table } from './analytics-measure';

function intFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
}

const SCALE = intFromEnv('BENCH_SCALE', 10);
const SAMPLES = intFromEnv('BENCH_SAMPLES', 200);
const WARMUP = intFromEnv('BENCH_WARMUP', 20);
const ROUNDS = intFromEnv('BENCH_ROUNDS', 2);
const IN_FLIGHT = intFromEnv('BENCH_IN_FLIGHT', 10);
const PHASES = (process.env.BENCH_PHASES ?? 'facts,rollups').split(',').map((phase) => phase.trim());

const load = () => execFileSync('uptime', { encoding: 'utf8' }).trim();

async function phase(name: string): Promise<string> {
  console.log(`\n## ${name === 'facts' ? 'Before: every figure from the facts (ANALYTICS_ROLLUPS=false)' : 'After: whole months from the monthly figures (default)'}`);
  const stack = await startStack({ logLevel: 'warn', env: { ANALYTICS_ROLLUPS: name === 'facts' ? 'false' : 'true' } });
  try {
    const pg = new Client({ connectionString: stack.databaseUrl });
    await pg.connect();
    try {
      const started = performance.now();
      const counts = await generateAnalyticsFacts(pg, SCALE);
      console.log(
        `generated ${counts.organizations.toLocaleString('en')} organizations, ${counts.requests.toLocaleString('en')} requests, ` +
          `${counts.contacts.toLocaleString('en')} contacts in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    } finally {
      await pg.end();
    }
    console.log(`load before: ${load()}`);
    const result = await measureP4({
      gatewayUrl: stack.gatewayUrl,
      databaseUrl: stack.databaseUrl,
      analyticsUrl: stack.urls.analytics,
      inFlight: IN_FLIGHT,
      samples: SAMPLES,
      warmup: WARMUP,
      rounds: ROUNDS,
      log: (message) => console.error(message),
    });
    console.log(`load after: ${load()}`);
    console.log(`\n${ROUNDS} rounds × ${SAMPLES} timed requests of each query after ${WARMUP} warm-up, ${IN_FLIGHT} in flight\n`);
    console.log(p4Table(result));
    console.log(`\n${result.line}${name === 'facts' ? ' path=facts' : ''}`);
    return result.line;
  } finally {
    await stack.stop();
  }
}

async function main(): Promise<void> {
  console.log(`Birge analytics benchmark (P4): Node ${process.version}, scale ×${SCALE}; ${load()}`);
  const lines: string[] = [];
  for (const name of PHASES) lines.push(await phase(name));
  console.log(`\nTarget: p95 ≤ 50 ms for both through the gateway at 10 in flight, and ratio ≥ 10.`);
  for (const [i, line] of lines.entries()) console.log(`${PHASES[i]}: ${line}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
