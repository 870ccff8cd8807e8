import type { Browser, Page } from 'playwright-core';

/**
 * Gives the page the tests' 30-second default timeout and collects into `problems` what the
 * browser reports: console errors and warnings (React keys and act, Apollo cache warnings about
 * missing fields) and uncaught page errors.
 */
export function watchPage(page: Page, problems: string[]): void {
  page.setDefaultTimeout(30000);
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
}

/** Closes the browser, then stops the stack; either may be missing when `beforeAll` failed early. */
export async function closeAll(browser: Browser | undefined, stack: { stop(): Promise<void> } | undefined): Promise<void> {
  await browser?.close();
  await stack?.stop();
}
