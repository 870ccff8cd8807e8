import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { callGateway, loadDemoCooperation, loadDemoData, startStack } from '@birge/stack';
import { launchChromium } from './browser';
import { axeViolations, expectPagesFitPhone } from './support/checks';
import { closeAll, watchPage } from './support/page';

const SCREENSHOTS = path.join(__dirname, '../screenshots');
const ASTANA = '710000000';

type Stack = Awaited<ReturnType<typeof startStack>>;

jest.setTimeout(240_000);

describe('outreach on the region page and cooperation on the organization page in Chromium', () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  let qamqorId: string;
  const consoleProblems: string[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    stack = await startStack({ withDashboard: true });
    // The demo organizations, outreach contacts and the introduction, as npm start loads them; the test gateway's development identity acts.
    await loadDemoData(stack.gatewayUrl);
    await loadDemoCooperation((query, variables) => callGateway(stack.gatewayUrl, null, query, variables));
    const found = await callGateway<{ organizations: { edges: { node: { id: string; name: string } }[] } }>(
      stack.gatewayUrl,
      null,
      'query($search: String) { organizations(first: 5, filter: { search: $search }) { edges { node { id name } } } }',
      { search: 'Қамқор' },
    );
    qamqorId = found.organizations.edges.map((e) => e.node).find((o) => o.name.includes('«Қамқор»'))?.id ?? '';
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    watchPage(page, consoleProblems);
  });

  afterAll(() => closeAll(browser, stack));

  it("shows Astana's outreach in Kazakh: organizations told of the offer, per district and month, said to be no target; axe-clean", async () => {
    await page.goto(`${stack.dashboardUrl}#/regions/${ASTANA}`);
    await page.getByRole('heading', { level: 2, name: 'Қамту: кеңсе ұсынысын кім біледі' }).waitFor();
    // Five organizations and groups of Astana (two of the first demo set, three of the cooperation set), four told of the offer.
    await page.getByTestId('outreach-told').getByText('4').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('outreach-share').textContent()).toBe('80 %');
    expect(await page.getByTestId('region-outreach').textContent()).toContain('өсіруге арналған мақсат емес');
    const esil = page.getByTestId('outreach-711210000');
    expect(await esil.getByRole('cell').allTextContents()).toEqual(['2', '2', '100 %', expect.stringMatching(/^\d{2}\.\d{2}\.\d{4}$/)]);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('region-outreach').screenshot({ path: path.join(SCREENSHOTS, 'outreach-01-astana.png') });
  });

  it("explains the «Қамқор» centre's matches best first, shows the introduction made, records another with a focus ring; axe-clean", async () => {
    await page.goto(`${stack.dashboardUrl}#/organizations/${qamqorId}`);
    const matches = page.getByTestId('cooperation-matches');
    await matches.getByRole('listitem').first().waitFor();
    // «Мейірім»: care homes 3 + Esil 2 + offline and online 2 + pro bono 1; Silver Astana and Жасыл Сарыарқа (OTHER_SOCIAL) 5 each.
    const names = await matches.getByRole('link').allTextContents();
    expect(names[0]).toBe('«Мейірім» қарттарға көмек қоры');
    expect([...names].sort()).toEqual(['Silver Astana', '«Мейірім» қарттарға көмек қоры', 'Жасыл Сарыарқа'].sort());
    expect(await matches.getByRole('listitem').first().textContent()).toContain('Екеуі де «қарттар үйлері мен әлеуметтік орталықтар» бағытында жұмыс істейді');
    // The needs register (analytics, through the gateway): the centre lacks grant skills, «Мейірім»'s pro bono professionals answer it.
    const needs = matches.getByRole('list', { name: 'Қажеттіліктер тізілімі «Мейірім» қарттарға көмек қоры туралы' });
    expect(await needs.getByRole('listitem').allTextContents()).toEqual([
      'Бұл ұйымның қажеттілігі — «Ұйымдарға жоба мен грант жүргізу білімі жетіспейді»; екіншісі көмектесе алады: Pro bono волонтерлік (кәсіпқойлар).',
    ]);
    expect(await page.getByTestId('introductions').textContent()).toContain('«Мейірім» қарттарға көмек қоры');

    const introduce = matches.getByRole('listitem').filter({ hasText: 'Silver Astana' }).getByRole('button', { name: 'Таныстыруды тіркеу' });
    await introduce.focus();
    expect(await introduce.evaluate((button) => getComputedStyle(button).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.getByLabel('«Silver Astana» ұйымымен таныстыру: жазба (міндетті емес)').fill('Күміс волонтерлер қарттар үйіне барады');
    await page.getByRole('button', { name: 'Тіркеу', exact: true }).click();
    await page.getByRole('status').getByText('«Silver Astana» ұйымымен таныстыру тіркелді.').waitFor();
    await page.getByTestId('introductions').getByText('Silver Astana').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('cooperation-panel').screenshot({ path: path.join(SCREENSHOTS, 'cooperation-01-qamqor.png') });
  });

  it('does not scroll sideways on a 390-pixel phone, and passes axe there too', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    watchPage(phone, consoleProblems);
    await expectPagesFitPhone(phone, stack.dashboardUrl, [
      { route: `#/regions/${ASTANA}`, ready: 'outreach-districts', shot: 'outreach-02-390.png' },
      { route: `#/organizations/${qamqorId}`, ready: 'cooperation-matches', shot: 'cooperation-02-390.png' },
    ]);
  });

  it('reported no console errors or warnings', () => {
    expect(consoleProblems).toEqual([]);
  });
});
