import { execFile } from 'node:child_process';
import path from 'node:path';
import { LOGIN, startIdentity, type IdentityHarness, type LoginResult } from './support';

const ROOT = path.resolve(__dirname, '../../..');

function cli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['-r', '@swc-node/register', 'apps/identity/src/accounts-cli.ts', ...args],
      { cwd: ROOT, env: { ...process.env, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

describe('identity accounts command line', () => {
  let h: IdentityHarness;

  beforeAll(async () => {
    h = await startIdentity();
  });
  afterAll(() => h?.stop());

  it('seeds one demo account per role once, and each can sign in with the printed password', async () => {
    const first = await cli(['seed-demo', '--json'], { DATABASE_URL: h.db.url });
    expect(first.stderr).toBe('');
    const seeded = JSON.parse(first.stdout) as { accounts: { email: string; password: string; role: string; regionCode: string | null; created: boolean }[] };
    expect(seeded.accounts.map((a) => [a.role, a.regionCode, a.created])).toEqual([
      ['REPUBLICAN_ADMIN', null, true],
      ['REGIONAL_STAFF', '710000000', true],
      ['ANALYST', null, true],
    ]);
    for (const account of seeded.accounts) {
      const session = await h.anonymous.data<LoginResult>(LOGIN, { email: account.email, password: account.password });
      expect(session.login.account.role).toBe(account.role);
    }
    const again = JSON.parse((await cli(['seed-demo', '--json'], { DATABASE_URL: h.db.url })).stdout) as typeof seeded;
    expect(again.accounts.every((a) => !a.created)).toBe(true);
  });

  it('creates the first republican administrator with the password from the environment, refusing a weak one', async () => {
    const weak = await cli(['create-admin', '--email', 'first.admin@birge.kz', '--name', 'First Admin'], { DATABASE_URL: h.db.url, BIRGE_ADMIN_PASSWORD: 'short' });
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/password: must be 12 to 200 characters/);
    const created = await cli(['create-admin', '--email', 'first.admin@birge.kz', '--name', 'First Admin'], {
      DATABASE_URL: h.db.url,
      BIRGE_ADMIN_PASSWORD: 'a-strong-first-password',
    });
    expect(created.stdout).toMatch(/created republican administrator first\.admin@birge\.kz/);
    const session = await h.anonymous.data<LoginResult>(LOGIN, { email: 'first.admin@birge.kz', password: 'a-strong-first-password' });
    expect(session.login.account.role).toBe('REPUBLICAN_ADMIN');
  });
});
