import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedDatabase } from '../../stack/src/database';
import { ROOT } from '../../stack/src/processes';
import { DEFAULT_PORTS } from '../../stack/src/stack';

export interface GeneratorDatabase {
  url: string;
  /** What it is, for the console: "DATABASE_URL", "npm start's embedded PostgreSQL", … */
  description: string;
  stop(): Promise<void>;
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * The database `npm start` uses: DATABASE_URL when set; otherwise the embedded PostgreSQL kept in
 * BIRGE_HOME (.birge/pgdata): the running one when `npm start` is up (its port answers), else
 * started here on that data directory and stopped when the generator is done.
 */
export async function openDatabase(databaseUrl: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<GeneratorDatabase> {
  const url = databaseUrl || env.DATABASE_URL;
  if (url) return { url, description: databaseUrl ? '--database-url' : 'DATABASE_URL', stop: () => Promise.resolve() };
  const home = path.resolve(ROOT, env.BIRGE_HOME || '.birge');
  const port = Number(env.EMBEDDED_PG_PORT || DEFAULT_PORTS.postgres);
  if (await answers(port)) {
    const running = `postgres://birge:birge@127.0.0.1:${port}/birge`;
    const client = new Client({ connectionString: running });
    await client.connect();
    await client.end();
    return { url: running, description: `the running embedded PostgreSQL on port ${port}`, stop: () => Promise.resolve() };
  }
  const server = await startEmbeddedDatabase(path.join(home, 'pgdata'), port, false);
  return { url: server.url, description: `the embedded PostgreSQL in ${path.relative(ROOT, path.join(home, 'pgdata')) || home}`, stop: () => server.stop() };
}
