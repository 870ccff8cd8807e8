import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium as playwright, type Browser } from 'playwright-core';

const EXTRA_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const WORKSPACE_ROOT = path.resolve(__dirname, '../../..');

/**
 * @sparticuz/chromium is ESM-only (it finds its files through import.meta.url), which jest's
 * CommonJS runtime cannot load; a short Node process unpacks the browser and reports its path.
 */
async function packagedChromium(): Promise<{ executablePath: string; args: string[] }> {
  const script = "import c from '@sparticuz/chromium'; console.log(JSON.stringify({ executablePath: await c.executablePath(), args: c.args }));";
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: WORKSPACE_ROOT });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { executablePath: string; args: string[] };
}

/**
 * CHROME_PATH wins (a desktop Chrome, Debian's chromium); otherwise the Chromium shipped inside
 * the @sparticuz/chromium npm package, so the test needs no browser download.
 */
export async function launchChromium(): Promise<Browser> {
  const chromePath = process.env['CHROME_PATH'];
  const { executablePath, args } = chromePath ? { executablePath: chromePath, args: [] } : await packagedChromium();
  return playwright.launch({ executablePath, args: [...new Set([...args, ...EXTRA_ARGS])], headless: true });
}
