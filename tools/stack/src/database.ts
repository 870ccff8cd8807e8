import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import readline from 'node:readline';
import { Client } from 'pg';
import { ROOT } from './processes';

export interface StackDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * Runs tools/db/embedded-postgres.mjs and waits for its one-line JSON answer. `nativeDir` runs
 * the PostgreSQL programs found there instead of the installed ones.
 */
export async function startEmbeddedDatabase(dataDir: string, port: number, ephemeral: boolean, serverOptions: string[] = [], nativeDir?: string): Promise<StackDatabase> {
  const args = [path.join(ROOT, 'tools/db/embedded-postgres.mjs'), '--data-dir', dataDir, '--port', String(port)];
  if (ephemeral) args.push('--ephemeral');
  if (nativeDir) args.push('--native-dir', nativeDir);
  for (const option of serverOptions) args.push('--server-option', option);
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`embedded PostgreSQL exited with code ${code} before it was ready`)));
  });
  const { url } = JSON.parse(line) as { url: string };
  return {
    url,
    embedded: true,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** A fresh database on an existing server (tests): created now, dropped on stop. */
export async function createScratchDatabase(adminUrl: string): Promise<StackDatabase> {
  const name = `birge_stack_${randomBytes(6).toString('hex')}`;
  const run = async (sql: string) => {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), embedded: false, stop: () => run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
