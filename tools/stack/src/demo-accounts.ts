import { execFile } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './processes';

export interface SeededDemoAccount {
  email: string;
  password: string;
  role: string;
  regionCode: string | null;
  created: boolean;
  active: boolean;
}

/**
 * Creates one demo account per role through the identity service's own account code (its
 * command line), which hashes the passwords as sign-up through the API would; accounts that
 * exist are kept.
 */
export function seedDemoAccounts(databaseUrl: string): Promise<SeededDemoAccount[]> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['-r', '@swc-node/register', path.join(ROOT, 'apps/identity/src/accounts-cli.ts'), 'seed-demo', '--json'],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl }, timeout: 120_000 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`demo accounts: ${stderr.trim() || error.message}`));
        try {
          resolve((JSON.parse(stdout) as { accounts: SeededDemoAccount[] }).accounts);
        } catch {
          reject(new Error(`demo accounts: unexpected output ${stdout.slice(0, 200)}`));
        }
      },
    );
  });
}

const ROLE_LABELS: Record<string, string> = { REPUBLICAN_ADMIN: 'republican admin', REGIONAL_STAFF: 'regional staff', ANALYST: 'analyst' };

/** The lines `npm start` prints about the demo accounts. */
export function describeDemoAccounts(accounts: SeededDemoAccount[], regionName: (code: string) => string = (code) => code): string[] {
  const width = Math.max(...accounts.map((a) => a.email.length));
  return accounts.map((account) => {
    const label = `${ROLE_LABELS[account.role] ?? account.role}${account.regionCode ? ` (${regionName(account.regionCode)})` : ''}`;
    const note = account.active ? '' : '  [deactivated]';
    return `  ${label.padEnd(26)} ${account.email.padEnd(width)}  ${account.password}${note}`;
  });
}
