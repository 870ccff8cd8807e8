import path from 'node:path';
import type { Page } from 'playwright-core';
import { callGateway, loadDemoAnalytics, loadDemoData, loadDemoNeeds, seedDemoAccounts, signIn, spreadDemoHistory, type SeededDemoAccount } from '@birge/stack';
import { axeViolations, expectPagesFitPhone } from './support/checks';
import { SCREENSHOTS, useBrowserStack } from './support/browser-stack';

const ASTANA = '710000000';
const ALMATY = '750000000';

/** Asks `read` again every half second until it gives `want` or `timeout` ms pass; returns the last answer. */
async function until<T>(read: () => Promise<T>, want: T, timeout = 15_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last = await read();
  while (last !== want && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    last = await read();
  }
  return last;
}

jest.setTimeout(300_000);

/** What the map and the chart show now: each tile's value and colour, and the chart's caption and bar labels. */
async function picture(page: Page) {
  const tiles = await page
    .getByTestId('tile-map')
    .locator('a.tile')
    .evaluateAll((links) => links.map((link) => `${link.getAttribute('data-testid')}=${link.getAttribute('data-value')}/${link.getAttribute('data-fill')}`));
  const chart = page.getByTestId('region-bar-chart');
  return {
    measure: await page.getByTestId('tile-map').getAttribute('data-measure'),
    tiles,
    caption: await chart.locator('figcaption').textContent(),
    bars: await chart.locator('.recharts-label-list text').allTextContents(),
  };
}

/**
 * The analysts' pages as `npm start` runs them (no development identity; the demo data of the
 * whole country): an analyst signs in, reads the map and the charts, changes the measure and sees
 * both change, drills into a region's districts, compares regions, on a desktop and a phone.
 */
describe('analytics for analysts in Chromium', () => {
  const ui = useBrowserStack({ stack: { devIdentityFallback: false } });

  let analyst: SeededDemoAccount;

  beforeAll(async () => {
    const { stack } = ui;
    const accounts = await seedDemoAccounts(stack.databaseUrl);
    const admin = accounts.find((account) => account.role === 'REPUBLICAN_ADMIN');
    const found = accounts.find((account) => account.role === 'ANALYST');
    if (!admin || !found) throw new Error('no demo administrator or analyst');
    analyst = found;
    const token = await signIn(stack.gatewayUrl, admin.email, admin.password);
    const call = <T>(query: string, variables?: Record<string, unknown>) => callGateway<T>(stack.gatewayUrl, { bearer: token }, query, variables);
    await loadDemoData(stack.gatewayUrl, token);
    await loadDemoNeeds(call);
    await loadDemoAnalytics(call);
    await spreadDemoHistory(stack.databaseUrl);
  });

  it('signs in as an analyst and shows the map of the 20 regions, KPIs, the chart and the table, passing axe', async () => {
    const { page, stack } = ui;
    await page.goto(`${stack.dashboardUrl}#/`);
    await page.getByRole('heading', { level: 1, name: 'Жүйеге кіру' }).waitFor();
    await page.getByLabel('Электрондық пошта').fill(analyst.email);
    await page.getByLabel('Құпиясөз').fill(analyst.password);
    await page.getByRole('button', { name: 'Кіру' }).click();
    await page.getByRole('heading', { level: 1, name: 'Республикалық шолу' }).waitFor();
    const map = page.getByTestId('tile-map');
    await map.waitFor();
    expect(await map.locator('a.tile').count()).toBe(20);
    // The read model follows the demo data's events within seconds: wait until Astana's two organizations show.
    const astana = await until(
      async () => {
        const value = await page.getByTestId(`tile-${ASTANA}`).getAttribute('data-value');
        if (value !== '2') await page.reload();
        return value;
      },
      '2',
      30_000,
    );
    expect(astana).toBe('2');
    await page
      .getByTestId(`tile-${ASTANA}`)
      .and(page.getByRole('link', { name: 'Астана: 2' }))
      .waitFor();
    // Every region has figures: no tile says "no data".
    expect(await map.locator('a.tile-no-data').count()).toBe(0);
    await page.getByTestId('national-trend').locator('.recharts-line-dots circle').first().waitFor();
    // Beside the figures, the register's open needs (read again after the sign-in reset the cache).
    await page.getByTestId('region-figures').getByRole('link', { name: /^\d+$/ }).first().waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'analytics-01-overview.png'), fullPage: true });

    // The tiles are reached with the keyboard and show a visible focus ring.
    await page.getByTestId('tile-110000000').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(`tile-${ASTANA}`);
    const outline = await page.getByTestId(`tile-${ASTANA}`).evaluate((tile) => getComputedStyle(tile).outlineStyle + ' ' + getComputedStyle(tile).outlineWidth);
    expect(outline).toBe('solid 3px');
  });

  it('changes the map and the chart when another measure is chosen, keeping it in the address', async () => {
    const { page } = ui;
    const before = await picture(page);
    expect(before.measure).toBe('organizations');
    await page.getByRole('combobox', { name: 'Көрсеткіш' }).selectOption('openRequests');
    await page.waitForURL(/measure=openRequests/);
    expect(await until(async () => (await picture(page)).measure, 'openRequests')).toBe('openRequests');
    await page.getByTestId('region-bar-chart').locator('figcaption', { hasText: 'Ашық сұраулар, өңірлер бойынша' }).waitFor();
    const after = await picture(page);
    expect(after.tiles).not.toEqual(before.tiles);
    expect(after.bars).not.toEqual(before.bars);
    // Astana's three demo requests are open.
    expect(after.tiles).toContain(`tile-${ASTANA}=3/${after.tiles.find((tile) => tile.startsWith(`tile-${ASTANA}=`))?.split('/')[1]}`);
    await page.getByTestId('national-trend').locator('figcaption', { hasText: 'Ашық сұраулар, ай сайын' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'analytics-02-open-requests.png'), fullPage: true });

    // Reloading the address shows the same view.
    await page.reload();
    await page.getByTestId('tile-map').waitFor();
    expect(await page.getByTestId('tile-map').getAttribute('data-measure')).toBe('openRequests');
  });

  it('filters by a request dimension and breaks the figures down: the chart, the map and the breakdown change, kept in the address', async () => {
    const { page, stack } = ui;
    await page.goto(`${stack.dashboardUrl}#/?measure=requests`);
    // Astana's three demo requests, none of them informational help; the breakdown by sub-type beside them.
    expect(await until(async () => page.getByTestId(`tile-${ASTANA}`).getAttribute('data-value'), '3')).toBe('3');
    const breakdown = page.getByTestId('breakdown-chart');
    await breakdown.waitFor();
    expect(await breakdown.getAttribute('data-dimension')).toBe('REQUEST_SUBTYPE');
    const before = { picture: await picture(page), breakdown: await breakdown.getAttribute('data-values') };

    await page.getByTestId('dimension-filters').locator('summary').click();
    await page.getByRole('combobox', { name: 'Көмек түрі' }).selectOption('INFORMATIONAL');
    await page.waitForURL(/requestTypes=INFORMATIONAL/);
    expect(await until(async () => page.getByTestId(`tile-${ASTANA}`).getAttribute('data-value'), '0')).toBe('0');
    const after = await picture(page);
    expect(after.tiles).not.toEqual(before.picture.tiles);
    expect(after.bars).not.toEqual(before.picture.bars);
    expect(await until(async () => (await breakdown.getAttribute('data-values')) !== before.breakdown, true)).toBe(true);
    // Organizations are not cut by a request type: a dash, not a number.
    await page.getByTestId('kpi-organizations').getByTestId('not-cut').waitFor();

    // Broken down by type instead: only informational help is left.
    await page.getByTestId('breakdown-by').selectOption('REQUEST_TYPE');
    await page.waitForURL(/by=REQUEST_TYPE/);
    expect(await until(async () => breakdown.getAttribute('data-dimension'), 'REQUEST_TYPE')).toBe('REQUEST_TYPE');
    const [administrative, consultative, informational] = ((await breakdown.getAttribute('data-values')) ?? '').split(',').map(Number);
    expect([administrative, consultative]).toEqual([0, 0]);
    expect(informational).toBeGreaterThan(0);
    await page.getByTestId('breakdown-table').getByRole('rowheader', { name: 'Ақпараттық көмек' }).waitFor();

    // The breakdown's control is reached with the keyboard and shows a visible focus ring.
    await page.getByRole('combobox', { name: 'Көмек түрі' }).focus();
    await page.getByTestId('breakdown-by').focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('breakdown-by');
    expect(await page.getByTestId('breakdown-by').evaluate((select) => getComputedStyle(select).outlineStyle)).not.toBe('none');
    await page.mouse.move(0, 0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'analytics-08-filtered-breakdown.png'), fullPage: true });

    // The address alone gives the same view.
    await page.reload();
    expect(await until(async () => page.getByTestId('breakdown-chart').getAttribute('data-dimension'), 'REQUEST_TYPE')).toBe('REQUEST_TYPE');
    expect(await page.getByRole('combobox', { name: 'Көмек түрі' }).inputValue()).toBe('INFORMATIONAL');
  });

  it('drills into a region from its tile: its districts, the trend, open needs and the last report', async () => {
    const { page } = ui;
    await page.getByTestId(`tile-${ASTANA}`).click();
    await page.waitForURL(new RegExp(`#/regions/${ASTANA}`));
    await page.getByTestId('region-name').getByText('Астана').waitFor();
    const districts = page.getByTestId('district-figures');
    await districts.waitFor();
    expect(await districts.locator('tbody tr').count()).toBeGreaterThanOrEqual(6);
    await page.getByTestId(`open-needs-${ASTANA}`).waitFor();
    await page.getByTestId('region-trend').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'analytics-03-region.png'), fullPage: true });
  });

  it('compares two regions side by side', async () => {
    const { page, stack } = ui;
    await page.goto(`${stack.dashboardUrl}#/`);
    // A tick goes into the address, and the box follows it.
    await page.getByRole('checkbox', { name: 'Салыстыруға қосу: Астана' }).click();
    await page.waitForURL(new RegExp(`compare=${ASTANA}`));
    // The page follows the address before the second tick (which adds to what the page shows).
    expect(await until(async () => page.getByRole('checkbox', { name: 'Салыстыруға қосу: Астана' }).isChecked(), true)).toBe(true);
    await page.getByRole('checkbox', { name: 'Салыстыруға қосу: Алматы', exact: true }).click();
    await page.waitForURL(new RegExp(`compare=${ASTANA}%2C${ALMATY}`));
    await page.getByTestId('compare-link').click();
    await page.waitForURL(new RegExp(`#/compare\\?regions=${ASTANA},${ALMATY}`));
    await page.getByTestId(`compare-${ASTANA}`).waitFor();
    await page.getByTestId(`compare-${ALMATY}`).waitFor();
    await page.getByTestId('compare-chart').locator('.recharts-bar-rectangle').first().waitFor();
    expect(await page.getByTestId('compare-chart').locator('.recharts-bar').count()).toBe(2);
    // The pointer left over the chart by the click would keep a tooltip open in the screenshot.
    await page.mouse.move(0, 0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'analytics-04-compare.png'), fullPage: true });
  });

  it('does not scroll sideways on a 390-pixel phone, and passes axe there too', async () => {
    const { stack } = ui;
    const phone = await ui.newTab();
    await expectPagesFitPhone(phone, stack.dashboardUrl, [
      { route: '#/', ready: 'tile-map', settleMs: 300, shot: 'analytics-05-overview-390.png' },
      { route: `#/regions/${ASTANA}`, ready: 'district-figures', settleMs: 300, shot: 'analytics-06-region-390.png' },
      { route: `#/compare?regions=${ASTANA},${ALMATY}`, ready: 'compare-chart', settleMs: 300, shot: 'analytics-07-compare-390.png' },
      { route: '#/?measure=requests&requestTypes=INFORMATIONAL&by=REQUEST_TYPE', ready: 'breakdown-table', settleMs: 300, shot: 'analytics-09-breakdown-390.png' },
    ]);
  });

  it('reported no console errors or warnings', () => {
    expect(ui.consoleProblems).toEqual([]);
  });
});
