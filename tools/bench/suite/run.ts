/**
 * `npm run bench [-- --only P1,P4] [--scale 10] [--seed 1] [--rounds 2] [--warmup 10] [--duration 30]`:
 * the performance suite. Prepares the data (data.ts), builds the Node services (tools/build), then
 * runs each figure module (`<id>-<what>.ts` exporting `run`, see figure.ts) and prints one line
 * per figure on stdout; progress goes to stderr. Not a test and not part of CI.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../../stack/src/processes';
import { SUBGRAPH_NAMES, startStack, type RunningStack } from '../../stack/src/stack';
import { prepareData, type BenchData } from './data';
import type { BenchContext, FigureModule } from './figure';
import { figureIdOf, parseBenchArgs, selected } from './method/args';
import { failedLine } from './method/format';
import { chooseCores, pinProcess } from './method/pin';

/** Figures in the order they run; any other `<id>-*.ts` found runs after them. */
const ORDER = ['P5', 'P3', 'P2', 'P4', 'P1', 'E2E', 'P6', 'P7'];
/** Figures that do not read the generated data. */
const WITHOUT_DATA = new Set(['P5', 'P7']);
const NODE_APPS = [...SUBGRAPH_NAMES, 'gateway'];

function figureFiles(): Map<string, string[]> {
  const byId = new Map<string, string[]>();
  for (const file of readdirSync(__dirname).sort()) {
    const id = figureIdOf(file);
    if (id) byId.set(id, [...(byId.get(id) ?? []), path.join(__dirname, file)]);
  }
  return byId;
}

function buildServices(log: (message: string) => void): void {
  const started = Date.now();
  for (const app of NODE_APPS) execFileSync(process.execPath, [path.join(ROOT, 'tools/build/build-node-app.mjs'), app], { cwd: ROOT, stdio: 'ignore' });
  log(`built ${NODE_APPS.join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const log = (message: string) => process.stderr.write(`${message}\n`);
  const cores = chooseCores(os.cpus().length);
  // The load generator and this runner stay off the subject's core.
  pinProcess(process.pid, cores.rest);
  const outDir = path.join(ROOT, 'tmp/bench', new Date().toISOString().replace(/[:.]/g, '-'));
  mkdirSync(outDir, { recursive: true });
  const files = figureFiles();
  const ids = [...ORDER.filter((id) => files.has(id)), ...[...files.keys()].filter((id) => !ORDER.includes(id))].filter((id) => selected(args, id));
  if (args.only) for (const wanted of args.only) if (!ids.some((id) => selected({ only: [wanted] }, id))) log(`no figure ${wanted} (known: ${[...files.keys()].join(', ')})`);
  log(
    `Birge benchmark suite: Node ${process.version}, ${os.cpus().length} cores, load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; figures ${ids.join(', ')}`,
  );

  buildServices(log);
  let data: BenchData | null = null;
  if (args.databaseUrl) data = { database: { url: args.databaseUrl, embedded: false, stop: () => Promise.resolve() }, source: 'generate' };
  else if (ids.some((id) => !WITHOUT_DATA.has(id))) data = await prepareData(args.scale, args.seed, log);
  const secrets = { internalSecret: randomBytes(24).toString('hex'), jwtSecret: randomBytes(24).toString('hex'), portalLinkSecret: randomBytes(24).toString('hex') };
  let stack: Promise<RunningStack> | null = null;
  const ctx: BenchContext = {
    scale: args.scale,
    seed: args.seed,
    databaseUrl: data?.database.url ?? '',
    dataSource: data?.source ?? 'none',
    secrets,
    rounds: args.rounds,
    warmupSeconds: args.warmupSeconds,
    durationSeconds: args.durationSeconds,
    cores: { subject: cores.subject, rest: cores.rest },
    outDir,
    log,
    stack: () => {
      if (!data) throw new Error('this figure needs the generated data: add it to the runner (WITHOUT_DATA)');
      stack ??= startStack({
        databaseUrl: data.database.url,
        built: true,
        logLevel: 'warn',
        output: path.join(outDir, 'logs'),
        env: { NODE_ENV: 'production', INTERNAL_SECRET: secrets.internalSecret, JWT_SECRET: secrets.jwtSecret, PORTAL_LINK_SECRET: secrets.portalLinkSecret },
      }).then((running) => {
        for (const [name, proc] of running.processes) if (proc.child.pid) pinProcess(proc.child.pid, name === 'gateway' ? cores.subject : cores.rest);
        log(`stack ready in ${(running.readyInMs / 1000).toFixed(1)} s (built, production mode)`);
        return running;
      });
      return stack;
    },
  };

  const lines: string[] = [];
  try {
    for (const id of ids) {
      for (const file of files.get(id) ?? []) {
        const loaded = (await import(file)) as Partial<FigureModule>;
        if (typeof loaded.run !== 'function') continue;
        log(`\n${id}: ${path.basename(file)}`);
        const started = Date.now();
        try {
          const produced = await loaded.run(ctx);
          for (const line of produced) {
            lines.push(line);
            console.log(line);
          }
        } catch (error) {
          log(error instanceof Error ? (error.stack ?? error.message) : String(error));
          lines.push(failedLine(id, error));
          console.log(lines[lines.length - 1]);
        }
        log(`${id} took ${((Date.now() - started) / 1000).toFixed(0)} s`);
      }
    }
  } finally {
    if (stack) await (await (stack as Promise<RunningStack>).catch(() => null))?.stop();
    await data?.database.stop();
  }
  log(
    `\nsummary (load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; artefacts in ${path.relative(ROOT, outDir)}):`,
  );
  for (const line of lines) log(`  ${line}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  });
}
