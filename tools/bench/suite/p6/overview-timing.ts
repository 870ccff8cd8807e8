import type { Browser, Page } from 'playwright-core';

/**
 * The overview's figures on screen after navigation, in headless Chromium: from the press of the
 * menu's "Overview" link (on another page of the signed-in app) to the map's 20 regions with their
 * values and the KPI tiles in the document. Each sample is a fresh load of the app (Apollo's cache
 * empty, so the figures come from the gateway; the browser's HTTP cache warm, as for a returning
 * user), after one unmeasured warm-up.
 */
export async function overviewAfterNavigation(browser: Browser, dashboardUrl: string, account: { email: string; password: string }, samples: number): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  try {
    await page.goto(`${dashboardUrl}#/login`);
    await page.getByLabel('Электрондық пошта').fill(account.email);
    await page.getByLabel('Құпиясөз').fill(account.password);
    await page.getByRole('button', { name: 'Кіру' }).click();
    await page.getByRole('navigation').waitFor();
    const times: number[] = [];
    for (let i = 0; i <= samples; i += 1) {
      const ms = await once(page, dashboardUrl);
      if (i > 0) times.push(ms);
    }
    return times;
  } finally {
    await context.close();
  }
}

/**
 * Installed in the page before the press (as text: the bench is compiled without the DOM's types):
 * from the click event to the mutation after which the figures are there.
 */
const ARM = `(() => {
  window.__p6 = 0;
  const ready = () => document.querySelectorAll('[data-testid="tile-map"] a.tile[data-value]').length >= 20 && document.querySelector('[data-testid="kpis"]') !== null;
  let start = 0;
  document.addEventListener('click', () => { start = performance.now(); }, { capture: true, once: true });
  const observer = new MutationObserver(() => {
    if (start && ready()) { window.__p6 = performance.now() - start; observer.disconnect(); }
  });
  observer.observe(document.body, { childList: true, subtree: true, attributes: true });
})()`;

async function once(page: Page, dashboardUrl: string): Promise<number> {
  await page.goto(`${dashboardUrl}#/regions`);
  await page.reload();
  const link = page.getByRole('navigation').getByRole('link', { name: 'Шолу' });
  await link.waitFor();
  await page.evaluate(ARM);
  await link.click();
  await page.waitForFunction('window.__p6 > 0', undefined, { timeout: 60_000 });
  return Number(await page.evaluate('window.__p6'));
}
