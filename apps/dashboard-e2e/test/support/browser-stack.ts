import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { startStack, type RunningStack, type StackOptions } from '@birge/stack';
import { launchChromium } from '../browser';
import { closeAll, watchPage } from './page';

/** Where the browser tests keep their screenshots (apps/dashboard-e2e/screenshots). */
export const SCREENSHOTS = path.join(__dirname, '../../screenshots');

/** The stack with the dashboard, Chromium and a desktop-sized page, ready once `beforeAll` has run. */
export interface BrowserStack {
  readonly stack: RunningStack;
  readonly browser: Browser;
  /** The desktop page's context: its cookies and storage (a signed-in session), its permissions. */
  readonly context: BrowserContext;
  /** 1280 × 900, watched by `watchPage`. */
  readonly page: Page;
  /** What the browser reported on the watched pages (console errors and warnings, page errors); none expected. */
  readonly consoleProblems: string[];
  /** Opens another page in a context of its own (390 × 844, a phone, unless said otherwise), watched like `page`. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** Opens another page in the desktop page's context (the same session), 390 × 844 unless said otherwise, watched like `page`. */
  newTab(viewport?: { width: number; height: number }): Promise<Page>;
}

export interface BrowserStackOptions {
  /** How the stack starts (`withDashboard` is always on). */
  stack?: Omit<StackOptions, 'withDashboard'>;
  /** Options of the desktop page besides its viewport (e.g. `acceptDownloads`). */
  page?: BrowserContextOptions;
}

/**
 * Registers the `beforeAll` (up to 5 minutes: a loaded machine starts the stack slowly) that starts the stack with the dashboard, launches Chromium and opens
 * a watched page, and the `afterAll` that closes the browser and stops the stack. Call it at the
 * top of a `describe`; read the returned object's fields inside the tests (they are set when
 * `beforeAll` has run). A spec's own `beforeAll`, registered after it, runs once the stack is up.
 */
export function useBrowserStack(options: BrowserStackOptions = {}): BrowserStack {
  const consoleProblems: string[] = [];
  const state: { stack?: RunningStack; browser?: Browser; context?: BrowserContext; page?: Page } = {};
  const ready = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`useBrowserStack: no ${name}: its beforeAll has not run, or failed`);
    return value;
  };

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    state.stack = await startStack({ ...options.stack, withDashboard: true });
    state.browser = await launchChromium();
    state.context = await state.browser.newContext({ ...options.page, viewport: { width: 1280, height: 900 } });
    state.page = await state.context.newPage();
    watchPage(state.page, consoleProblems);
  }, 300_000);

  afterAll(() => closeAll(state.browser, state.stack));

  return {
    get stack() {
      return ready(state.stack, 'stack');
    },
    get browser() {
      return ready(state.browser, 'browser');
    },
    get context() {
      return ready(state.context, 'context');
    },
    get page() {
      return ready(state.page, 'page');
    },
    consoleProblems,
    async newPage(pageOptions = { viewport: { width: 390, height: 844 } }) {
      const page = await ready(state.browser, 'browser').newPage(pageOptions);
      watchPage(page, consoleProblems);
      return page;
    },
    async newTab(viewport = { width: 390, height: 844 }) {
      const page = await ready(state.context, 'context').newPage();
      await page.setViewportSize(viewport);
      watchPage(page, consoleProblems);
      return page;
    },
  };
}
