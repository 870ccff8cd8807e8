import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedDatabase } from '../src/database';

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
    const database = await one<{ provider: string; locale: string }>(
      `SELECT datlocprovider AS provider, datlocale AS locale FROM pg_database WHERE datname = current_database()`,
    );
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
