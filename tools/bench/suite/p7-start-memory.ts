/**
 * P7: `npm start` itself (tools/stack/src/start.ts, as the npm script runs it, free ports, its own
 * BIRGE_HOME), four lines, each with its own ratio against its goal (≤ 1 meets it):
 *  - P7a ready time on an empty data directory / 15 s (the "Birge is ready in … s" it prints);
 *  - P7b ready time warm (the same data directory again) / 8 s;
 *  - P7c idle resident memory of all the Node services together (VmRSS, 10 s after the demo data
 *    is loaded) / 1 GiB;
 *  - P7d the gateway's resident memory growth over 100,000 requests of the public reference query
 *    (after 5,000 warm-up requests) / 10 %.
 * Rounds alternate nothing here: each round is one cold and one warm start, the medians reported.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { freePort } from '../../stack/src/free-port';
import { ROOT } from '../../stack/src/processes';
import type { BenchContext } from './figure';
import { figureLine } from './method/format';
import { rssMiB } from './method/proc';
import { median } from './method/rounds';
import { descendants, serviceOf } from './method/tree';

const PORT_VARIABLES = [
  'GATEWAY_PORT',
  'REGISTRY_PORT',
  'ASSISTANCE_PORT',
  'ANALYTICS_PORT',
  'NOTIFICATIONS_PORT',
  'IDENTITY_PORT',
  'DASHBOARD_PORT',
  'EMBEDDED_PG_PORT',
  'MAIL_CATCHER_PORT',
];
const REFERENCE_QUERY = JSON.stringify({ query: '{ regions { code name { kk } districts { code } } }' });
const GROWTH_REQUESTS = 100_000;

interface Started {
  child: ChildProcess;
  readySeconds: number;
  gatewayUrl: string;
  stop(): Promise<void>;
}

/** Runs `npm start`'s script in `home` and waits until it has loaded the demo data. */
async function npmStart(home: string): Promise<Started> {
  const env: NodeJS.ProcessEnv = { ...process.env, BIRGE_HOME: home, LOG_LEVEL: 'warn' };
  for (const variable of PORT_VARIABLES) env[variable] = String(await freePort());
  const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(ROOT, 'tools/stack/src/start.ts')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr?.resume();
  let readySeconds = NaN;
  const done = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('npm start did not finish starting within 5 minutes')), 300_000);
    child.once('exit', (code) => reject(new Error(`npm start exited with code ${code} before it was ready`)));
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      const ready = /Birge is ready in ([\d.]+) s/.exec(line);
      if (ready) readySeconds = Number(ready[1]);
      if (line.includes('Press Ctrl-C to stop')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  await done;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    readySeconds,
    gatewayUrl: `http://127.0.0.1:${env.GATEWAY_PORT}/graphql`,
    stop: async () => {
      child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function servicesOf(child: ChildProcess): Map<string, number> {
  const services = new Map<string, number>();
  for (const info of descendants(child.pid as number)) {
    const name = serviceOf(info.cmdline);
    if (name) services.set(name, info.pid);
  }
  return services;
}

function hammer(url: string, amount: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body: REFERENCE_QUERY, connections: 10, amount }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

export async function run(ctx: BenchContext): Promise<string[]> {
  const cold: number[] = [];
  const warm: number[] = [];
  const idle: number[] = [];
  const growth: { before: number; after: number; errors: number }[] = [];
  for (let round = 0; round < ctx.rounds; round++) {
    const home = mkdtempSync(path.join(os.tmpdir(), 'birge-bench-p7-'));
    try {
      const first = await npmStart(home);
      cold.push(first.readySeconds);
      await first.stop();
      const second = await npmStart(home);
      warm.push(second.readySeconds);
      try {
        await new Promise((resolve) => setTimeout(resolve, 10_000));
        const services = servicesOf(second.child);
        if (services.size < 6) throw new Error(`found ${services.size} Node services under npm start: ${[...services.keys()].join(', ')}`);
        idle.push([...services.values()].reduce((sum, pid) => sum + rssMiB(pid), 0));
        const gateway = services.get('gateway') as number;
        const check = await fetch(second.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: REFERENCE_QUERY });
        const answer = await check.text();
        if (check.status !== 200 || !answer.includes('"regions"') || answer.includes('"errors"'))
          throw new Error(`the reference query answered ${check.status}: ${answer.slice(0, 200)}`);
        await hammer(second.gatewayUrl, 5000);
        const before = rssMiB(gateway);
        const result = await hammer(second.gatewayUrl, GROWTH_REQUESTS);
        growth.push({ before, after: rssMiB(gateway), errors: result.errors + result.non2xx + result.timeouts });
      } finally {
        await second.stop();
      }
      ctx.log(
        `  round ${round + 1}: cold ${cold[round]} s, warm ${warm[round]} s, idle ${idle[round]?.toFixed(0)} MiB, gateway ${growth[round]?.before.toFixed(0)} -> ${growth[round]?.after.toFixed(0)} MiB`,
      );
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  }
  const coldS = median(cold);
  const warmS = median(warm);
  const idleMiB = median(idle);
  const growthPct = median(growth.map((g) => ((g.after - g.before) / g.before) * 100));
  return [
    figureLine('P7a', 'start-cold', coldS / 15, { goal_s: 15, ready_s: coldS }),
    figureLine('P7b', 'start-warm', warmS / 8, { goal_s: 8, ready_s: warmS }),
    figureLine('P7c', 'idle-rss', idleMiB / 1024, { goal_mib: 1024, services_rss_mib: idleMiB, services: 6 }),
    figureLine('P7d', 'gateway-rss-growth', growthPct / 10, {
      goal_pct: 10,
      growth_pct: growthPct,
      requests: GROWTH_REQUESTS,
      rss_before_mib: median(growth.map((g) => g.before)),
      rss_after_mib: median(growth.map((g) => g.after)),
      errors: growth.reduce((sum, g) => sum + g.errors, 0),
    }),
  ];
}
