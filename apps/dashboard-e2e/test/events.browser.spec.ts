import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { callGateway, loadDemoDirectory, loadDemoEvents, startStack } from '@birge/stack';
import { launchChromium } from './browser';
import { axeViolations, expectPagesFitPhone } from './support/checks';
import { closeAll, watchPage } from './support/page';

const SCREENSHOTS = path.join(__dirname, '../screenshots');

type Stack = Awaited<ReturnType<typeof startStack>>;

jest.setTimeout(180_000);

describe('joint events and the publication log in Chromium', () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  const consoleProblems: string[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    stack = await startStack({ withDashboard: true });
    // The demo directory, one Astana organization, and the demo events and publications, as npm start loads them.
    const call = <T>(query: string, variables?: Record<string, unknown>) => callGateway<T>(stack.gatewayUrl, null, query, variables);
    await loadDemoDirectory(call);
    await call('mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }', {
      input: { name: 'Қамқор волонтерлері', kind: 'NGO', regionCode: '710000000', districtCode: '711210000', directions: ['QAMQOR'] },
    });
    await loadDemoEvents(call);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    watchPage(page, consoleProblems);
  });

  afterAll(() => closeAll(browser, stack));

  it("lists Astana's events in Kazakh with who came and what followed, narrows by kind from the address, shows a focus ring and passes axe", async () => {
    await page.goto(`${stack.dashboardUrl}#/events?region=710000000`);
    await page.getByRole('heading', { level: 1, name: 'Бірлескен іс-шаралар: дөңгелек үстелдер, форумдар, кездесулер' }).waitFor();
    const cards = page.getByTestId('joint-event-list').locator(':scope > li');
    await cards.nth(2).waitFor();
    expect(await cards.count()).toBe(3);
    const roundTable = cards.filter({ hasText: 'Жалғыз қарттарға көмек' });
    expect(await roundTable.textContent()).toContain('Келді: 3 / шақырылды: 4');
    expect(await roundTable.textContent()).toContain('Астана әкімдігі — келді');
    expect(await roundTable.textContent()).toContain('Қамқор волонтерлері — келді');
    expect(await roundTable.getByRole('link', { name: 'Көмекке өтінім' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'events-01-astana.png'), fullPage: true });

    const kind = page.getByRole('combobox', { name: 'Түрі' }).first();
    await kind.focus();
    expect(await kind.evaluate((select) => getComputedStyle(select).outlineStyle)).not.toBe('none');
    await kind.selectOption('FORUM');
    await page.waitForURL(/kind=FORUM/);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=joint-event-list] > li').length === 1);
    expect(await page.getByTestId('joint-event-list').textContent()).toContain('Астана жастар волонтерлігі форумы');
  });

  it("shows Astana's publication log with the reach added up and the publication a request produced, and passes axe", async () => {
    await page.goto(`${stack.dashboardUrl}#/publications?region=710000000`);
    await page.getByRole('heading', { level: 1, name: 'Жарияланымдар журналы' }).waitFor();
    const items = page.getByTestId('publication-list').locator(':scope > li');
    await items.nth(3).waitFor();
    expect(await items.count()).toBe(4);
    expect(await page.getByTestId('publication-summary').textContent()).toMatch(/^4 жарияланым, жалпы қамту: 98[\s,.]?200$/);
    const fromRequest = items.filter({ hasText: 'inform.kz' }).filter({ hasText: 'Өтінім бойынша' });
    expect(await fromRequest.getByRole('link', { name: 'Өтінім бойынша: Қамқор волонтерлері' }).count()).toBe(1);
    // Each entry's directions by their Kazakh labels: entered with it, or completed on a request's publication.
    expect(await items.filter({ hasText: 'Kazinform' }).textContent()).toContain('BIRGEMIZ: QAMQOR — қарттар үйлері мен әлеуметтік орталықтар');
    expect(await fromRequest.textContent()).toContain('BIRGEMIZ: TAZA ÁLEM — қоршаған ортаны қорғау');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'publications-01-astana.png'), fullPage: true });
  });

  it('narrows the publication log to a direction, kept in the address', async () => {
    await page.goto(`${stack.dashboardUrl}#/publications?region=710000000`);
    await page.getByTestId('publication-list').locator(':scope > li').nth(3).waitFor();
    // The filters' one select that offers the directions.
    await page
      .locator('form.filters select')
      .filter({ has: page.locator('option[value="TAZA_ALEM"]') })
      .selectOption('TAZA_ALEM');
    await page.waitForURL(/direction=TAZA_ALEM/);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=publication-list] > li').length === 2);
    const outlets = await page.getByTestId('publication-list').locator(':scope > li strong').allTextContents();
    expect(outlets).toHaveLength(2);
    expect(outlets).toContain('Instagram: @astana_volunteers');
    expect(outlets.some((outlet) => outlet.endsWith('inform.kz'))).toBe(true);
    expect(await page.getByTestId('publication-summary').textContent()).toMatch(/^2 жарияланым, жалпы қамту: 3[\s,.]?200$/);
  });

  it('does not scroll sideways on a 390-pixel phone, and passes axe there too', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    watchPage(phone, consoleProblems);
    await expectPagesFitPhone(phone, stack.dashboardUrl, [
      { route: '#/events?region=710000000', ready: 'joint-event-list', firstItem: true, shot: 'events-02-390.png' },
      { route: '#/publications?region=710000000', ready: 'publication-list', firstItem: true, shot: 'publications-02-390.png' },
    ]);
  });

  it('reported no console errors or warnings', () => {
    expect(consoleProblems).toEqual([]);
  });
});
