import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startStack } from '@birge/stack';
import { launchChromium } from './browser';

const SCREENSHOTS = path.join(__dirname, '../screenshots');

type Stack = Awaited<ReturnType<typeof startStack>>;

async function bellCount(page: Page): Promise<number> {
  const badge = page.getByTestId('notification-count');
  if ((await badge.count()) === 0) return 0;
  return Number((await badge.textContent())?.replace(/\D/g, '') ?? '0');
}

jest.setTimeout(180_000);

describe('dashboard in Chromium against the running stack', () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  // React warnings (keys, act), Apollo cache warnings (missing fields) and uncaught errors.
  const consoleProblems: string[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    stack = await startStack({ withDashboard: true });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(30000);
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') consoleProblems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => consoleProblems.push(`pageerror: ${error.message}`));
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('lists the 20 regions in Kazakh with their coverage', async () => {
    await page.goto(`${stack.dashboardUrl}#/regions`);
    await page.getByRole('heading', { level: 1, name: 'Өңірлер' }).waitFor();
    const rows = page.getByTestId('regions-table').locator('tbody tr');
    await rows.nth(19).waitFor();
    expect(await rows.count()).toBe(20);
    await expect(page.getByRole('rowheader', { name: 'Астана' }).count()).resolves.toBe(1);
    const coverage = await page.getByTestId('coverage').first().textContent();
    expect(coverage).toMatch(/^\d+ \/ \d+$/);
    await page.screenshot({ path: path.join(SCREENSHOTS, '01-regions.png'), fullPage: true });
  });

  it('registers an organization, submits an assistance request and gets notified', async () => {
    await page.goto(`${stack.dashboardUrl}#/`);
    await page.getByTestId('notification-bell').waitFor();
    // Let the first poll of the unread count settle before reading it.
    await page.waitForFunction(() => !document.querySelector('[data-testid="notification-bell"]')?.getAttribute('aria-label')?.includes('?'));
    await page.waitForTimeout(1000);
    const before = await bellCount(page);

    await page.getByRole('navigation').getByRole('link', { name: 'Жаңа ұйым' }).click();
    await page.getByRole('heading', { level: 1, name: 'Жаңа ұйымды тіркеу' }).waitFor();

    // Empty form: every required field says so under itself.
    await page.getByRole('button', { name: 'Тіркеу' }).click();
    await expect(page.getByTestId('field-error-name').textContent()).resolves.toBe('Міндетті өріс');
    await expect(page.getByTestId('field-error-directions').textContent()).resolves.toBe('Міндетті өріс');
    await page.screenshot({ path: path.join(SCREENSHOTS, '02-form-required.png'), fullPage: true });

    // A one-letter name passes the form and is refused by the registry, field by field.
    await page.getByLabel('Атауы').fill('Ж');
    await page.getByLabel('Түрі').selectOption('INITIATIVE_GROUP');
    await page.getByLabel('Өңір').selectOption({ label: 'Абай облысы' });
    await page.getByLabel('Аудан (міндетті емес)').selectOption({ index: 1 });
    await page.getByRole('checkbox', { name: /TAZA ÁLEM/ }).check();
    await page.getByRole('checkbox', { name: /QAMQOR/ }).check();
    await page.getByRole('button', { name: 'Тіркеу' }).click();
    await page.getByTestId('field-error-name').getByText('Тым қысқа').waitFor();
    expect(await page.getByTestId('field-error-directions').count()).toBe(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, '03-form-server-error.png'), fullPage: true });

    const name = `Жасыл Семей ${Date.now().toString(36)}`;
    await page.getByLabel('Атауы').fill(name);
    await page.getByRole('button', { name: 'Тіркеу' }).click();
    await page.waitForURL(/#\/organizations\/[0-9a-f-]{36}$/);
    const organizationId = page.url().split('/').pop() as string;
    await expect(page.getByTestId('organization-name').textContent()).resolves.toBe(name);
    await page.getByText('Әзірге сұраулар жоқ.').waitFor();

    await page.getByLabel('Көмек түрі').selectOption('CONSULTATIVE');
    await page.getByLabel('Кіші түрі').selectOption('ORGANIZATION_REGISTRATION');
    await page.getByLabel('Сипаттама').fill('Қоғамдық бірлестікті тіркеуге кеңес керек');
    await page.getByRole('button', { name: 'Жіберу' }).click();
    const list = page.getByTestId('request-list');
    await list.getByText('Қоғамдық бірлестікті тіркеуге кеңес керек').waitFor();
    await expect(list.getByText('Консультативтік көмек').count()).resolves.toBe(1);
    await expect(list.getByText('Жаңа', { exact: true }).count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, '04-organization.png'), fullPage: true });

    // The notification travels by event; the bell polls and counts it.
    await page.waitForFunction(
      (previous) => Number(document.querySelector('[data-testid="notification-count"]')?.textContent?.replace(/\D/g, '') ?? '0') > previous,
      before,
      { timeout: 60000 },
    );
    expect(await bellCount(page)).toBeGreaterThan(before);
    await page.getByTestId('notification-bell').click();
    const panel = page.getByTestId('notifications-panel');
    await panel.getByText(name).first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, '05-notifications.png'), fullPage: false });

    // The new organization is in the registry list.
    await page.keyboard.press('Escape');
    await page.getByRole('navigation').getByRole('link', { name: 'Ұйымдар' }).click();
    await page.getByTestId('organizations-table').getByRole('link', { name }).waitFor();

    // A district counts as covered once the front office has an established contact there. The
    // contact log has no screen yet, so the contact is recorded through the API.
    const logged = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: LogContactInput!) { logContact(input: $input) { id } }',
        variables: { input: { organizationId, kind: 'MEETING', occurredOn: new Date().toISOString().slice(0, 10), toldAboutOffer: true } },
      }),
    });
    expect(((await logged.json()) as { errors?: unknown }).errors).toBeUndefined();

    // Coverage is analytics' read model, fed by the registry's event: it catches up shortly, and
    // coming back to the regions page shows it without a page reload.
    await page.getByRole('navigation').getByRole('link', { name: 'Өңірлер' }).click();
    const abai = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Абай облысы', exact: true }) }).getByTestId('coverage');
    const deadline = Date.now() + 60000;
    let coverage = (await abai.textContent()) ?? '';
    while (!/^[1-9]\d* \//.test(coverage) && Date.now() < deadline) {
      await page.waitForTimeout(1000);
      await page.getByRole('navigation').getByRole('link', { name: 'Шолу' }).click();
      await page.getByRole('navigation').getByRole('link', { name: 'Өңірлер' }).click();
      coverage = (await abai.textContent()) ?? '';
    }
    expect(coverage).toMatch(/^[1-9]\d* \/ \d+$/);

    await page.getByRole('navigation').getByRole('link', { name: 'Шолу' }).click();
    await page.getByRole('heading', { level: 1, name: 'Республикалық шолу' }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, '06-overview.png'), fullPage: true });
  });

  it('switches the whole interface to Russian and English', async () => {
    await page.goto(`${stack.dashboardUrl}#/regions`);
    await page.getByLabel('Тіл').selectOption('ru');
    await page.getByRole('heading', { level: 1, name: 'Регионы' }).waitFor();
    await page.getByRole('rowheader', { name: 'Абайская область' }).or(page.getByRole('rowheader', { name: /Абай/ })).first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, '07-regions-ru.png'), fullPage: false });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Регионы' }).waitFor();
    await page.getByLabel('Язык').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Regions' }).waitFor();
  });

  it('left nothing in the browser console', () => {
    expect(consoleProblems).toEqual([]);
  });
});
