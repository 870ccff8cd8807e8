import path from 'node:path';
import { callGateway, loadDemoData, seedDemoAccounts, signIn, type Credentials } from '@birge/stack';
import { waitForNotificationsSettled } from './support/events';
import { axeViolations, sidewaysOverflow } from './support/checks';
import { SCREENSHOTS, useBrowserStack } from './support/browser-stack';

const ASTANA = '710000000';
/** Who the browser is: the test gateway's development identity (a republican administrator). */
const BROWSER_USER = 'demo-republican-admin';

jest.setTimeout(240_000);

describe('the notifications inbox in Chromium', () => {
  const ui = useBrowserStack();

  let staff: Credentials;
  let organizationId: string;

  const submit = async (credentials: Credentials, description: string) =>
    (
      await callGateway<{ submitAssistanceRequest: { id: string; version: number } }>(
        ui.stack.gatewayUrl,
        credentials,
        'mutation($input: SubmitAssistanceRequestInput!) { submitAssistanceRequest(input: $input) { id version } }',
        { input: { organizationId, type: 'CONSULTATIVE', subtype: 'GRANT_AND_REPORTING_DOCUMENTS', description } },
      )
    ).submitAssistanceRequest;

  beforeAll(async () => {
    const { stack } = ui;
    await loadDemoData(stack.gatewayUrl);
    const accounts = await seedDemoAccounts(stack.databaseUrl);
    const astana = accounts.find((account) => account.role === 'REGIONAL_STAFF' && account.regionCode === ASTANA);
    if (!astana) throw new Error('no demo staff account in Astana');
    staff = { bearer: await signIn(stack.gatewayUrl, astana.email, astana.password) };
    const found = await callGateway<{ organizations: { edges: { node: { id: string } }[] } }>(
      stack.gatewayUrl,
      null,
      `{ organizations(first: 1, filter: { regionCode: "${ASTANA}" }) { edges { node { id } } } }`,
    );
    organizationId = found.organizations.edges[0]?.node.id as string;
    // What the demo data and the accounts caused reaches the inbox first, so the test counts only its own.
    await waitForNotificationsSettled(stack.databaseUrl);
  });

  it("shows a colleague's actions without a reload, not one's own, with what changed; filters, archives, marks all read, passes axe", async () => {
    const { page, stack } = ui;
    await page.goto(`${stack.dashboardUrl}#/notifications`);
    await page.getByRole('heading', { level: 1, name: 'Хабарламалар' }).waitFor();
    await page.getByTestId('inbox-total').waitFor();
    // Start from an empty inbox: what the demo data brought is read and archived away.
    const markAll = page.getByRole('button', { name: 'Барлығын оқылды деп белгілеу' });
    if (await markAll.isEnabled()) await markAll.click();

    // One's own request (the browser's identity) and a colleague's, then the colleague gives the
    // request to the browser's user and moves it on: all through the gateway, the page left open.
    await submit(null, 'Өз сұрауым: хабарлама келмеуі керек');
    const request = await submit(staff, 'Грантқа өтінім дайындауға көмек керек');
    const assigned = await callGateway<{ assignAssistanceRequest: { version: number } }>(
      stack.gatewayUrl,
      staff,
      'mutation($input: AssignAssistanceRequestInput!) { assignAssistanceRequest(input: $input) { version } }',
      { input: { id: request.id, version: request.version, assigneeId: BROWSER_USER } },
    );
    await callGateway(stack.gatewayUrl, staff, 'mutation($input: ChangeAssistanceRequestStatusInput!) { changeAssistanceRequestStatus(input: $input) { id } }', {
      input: { id: request.id, version: assigned.assignAssistanceRequest.version, status: 'TRIAGED', comment: 'Қаралды' },
    });

    const list = page.getByTestId('inbox-list');
    await list.getByText('Сұрау сізге тағайындалды').waitFor({ timeout: 60_000 });
    await list.getByText('Мәртебесі: Жаңа → Қаралды').waitFor({ timeout: 60_000 });
    await list.getByText('Жаңа көмек сұрауы').first().waitFor({ timeout: 60_000 });
    const unread = page.locator('[data-testid="inbox-list"] .notification-unread');
    expect(await unread.count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'inbox-01-new.png'), fullPage: true });

    await page.getByLabel('Түрі').selectOption('ASSISTANCE_REQUEST_ASSIGNED');
    await page.waitForURL(/kind=ASSISTANCE_REQUEST_ASSIGNED/);
    // The URL moves before the filtered list answers: wait for the filtered count itself.
    await page
      .getByTestId('inbox-total')
      .filter({ hasText: /^1 хабарлама/ })
      .waitFor({ timeout: 30_000 });
    await list.getByRole('button', { name: 'Мұрағатқа жіберу' }).click();
    await page.getByText('Бұл сүзгілерге сай хабарлама жоқ.').waitFor();
    await page.getByLabel('Бөлім').selectOption('archive');
    await list.getByText('Сұрау сізге тағайындалды').waitFor();
    await page.getByLabel('Бөлім').selectOption('');
    await page.getByLabel('Түрі').selectOption('');

    await page.getByRole('button', { name: 'Барлығын оқылды деп белгілеу' }).click();
    // The status line still tells of the first "mark all" until this one answers: wait for the new count.
    await page
      .getByTestId('inbox-marked')
      .filter({ hasText: /^2 хабарлама оқылды деп белгіленді\.$/ })
      .waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => !document.querySelector('[data-testid="notification-count"]'));
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'inbox-02-read.png'), fullPage: true });
  });

  it('fits a 390-pixel phone with the popup open, which closes on navigation', async () => {
    const { stack } = ui;
    const phone = await ui.newPage();
    try {
      await phone.goto(`${stack.dashboardUrl}#/notifications`);
      await phone.getByTestId('inbox-total').waitFor();
      expect(await sidewaysOverflow(phone)).toBeLessThanOrEqual(0);
      expect(await axeViolations(phone)).toEqual([]);

      await phone.getByTestId('notification-bell').click();
      const panel = phone.getByTestId('notifications-panel');
      await panel.waitFor();
      // Missing, it counts as off the screen.
      const box = (await panel.boundingBox()) ?? { x: -1, width: 0 };
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(await sidewaysOverflow(phone)).toBeLessThanOrEqual(0);
      expect(await axeViolations(phone)).toEqual([]);
      await phone.screenshot({ path: path.join(SCREENSHOTS, 'inbox-03-popup-390.png') });

      await panel.getByRole('link', { name: 'Барлық хабарламалар' }).click();
      await panel.waitFor({ state: 'detached' });
      await phone.getByTestId('notification-bell').click();
      await panel.waitFor();
      await phone.evaluate(() => {
        window.location.hash = '#/regions';
      });
      await panel.waitFor({ state: 'detached' });
    } finally {
      await phone.close();
    }
    expect(ui.consoleProblems).toEqual([]);
  });
});
