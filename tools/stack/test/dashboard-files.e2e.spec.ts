/**
 * The dashboard's servers give out the dashboard and nothing else of the checkout: npm start's
 * (the built files, Vite's preview server) and npm run dev's (Vite's development server, limited
 * to the dashboard's sources and the packages they import).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../src/free-port';
import { ROOT } from '../src/processes';
import { startStack, type RunningStack } from '../src/stack';

jest.setTimeout(240_000);

/** Paths that would give away files outside the dashboard if a server let them through. */
const OUTSIDE = ['/package.json', `/@fs${ROOT}/package.json`, '/../package.json', '/%2e%2e/package.json', `/@fs${ROOT}/.birge/secret.json`, '/.birge/secret.json'];

async function leaks(base: string): Promise<string[]> {
  const found: string[] = [];
  for (const probe of OUTSIDE) {
    const response = await fetch(`${base.replace(/\/$/, '')}${probe}`);
    const text = await response.text();
    if (text.includes('"name": "birge"') || text.includes('not-for-anyone')) found.push(`${probe}: ${response.status}`);
  }
  return found;
}

describe('the dashboard servers', () => {
  const secretDir = path.join(ROOT, '.birge');
  beforeAll(() => {
    mkdirSync(secretDir, { recursive: true });
    writeFileSync(path.join(secretDir, 'secret.json'), '{"key":"not-for-anyone"}');
  });
  afterAll(() => rmSync(path.join(secretDir, 'secret.json'), { force: true }));

  describe('npm start: the built dashboard', () => {
    let stack: RunningStack;
    beforeAll(async () => {
      stack = await startStack({ withDashboard: true, logLevel: 'warn', env: { NODE_ENV: 'test' } });
    });
    afterAll(() => stack?.stop());

    it('serves the built app and forwards /graphql, and no file outside it', async () => {
      const page = await fetch(stack.dashboardUrl!);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<script type="module" [^>]*src="\/assets\/index-[\w-]+\.js"/);
      const api = await fetch(new URL('/graphql', stack.dashboardUrl!), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ regions { code } }' }),
      });
      expect(((await api.json()) as { data: { regions: unknown[] } }).data.regions).toHaveLength(20);
      expect(await leaks(stack.dashboardUrl!)).toEqual([]);
    });
  });

  describe('npm run dev: the development server', () => {
    let dev: ChildProcess;
    let base = '';
    beforeAll(async () => {
      const port = await freePort();
      base = `http://127.0.0.1:${port}`;
      dev = spawn(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), '--config', path.join(ROOT, 'apps/dashboard/vite.config.ts')], {
        cwd: ROOT,
        env: { ...process.env, DASHBOARD_PORT: String(port) },
        stdio: 'ignore',
      });
      const deadline = Date.now() + 60_000;
      while (
        Date.now() < deadline &&
        !(await fetch(base).then(
          (r) => r.ok,
          () => false,
        ))
      )
        await new Promise((resolve) => setTimeout(resolve, 200));
    });
    afterAll(() => {
      dev?.kill('SIGTERM');
    });

    it('serves the dashboard sources and refuses the rest of the checkout', async () => {
      expect((await fetch(`${base}/src/main.tsx`)).status).toBe(200);
      expect(await leaks(base)).toEqual([]);
      expect((await fetch(`${base}/@fs${ROOT}/package.json`)).status).toBe(403);
    });
  });
});
