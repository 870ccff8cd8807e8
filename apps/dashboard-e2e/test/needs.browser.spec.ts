import path from 'node:path';
import { callGateway, loadDemoData, loadDemoNeeds } from '@birge/stack';
import { axeViolations, sidewaysOverflow } from './support/checks';
import { SCREENSHOTS, useBrowserStack } from './support/browser-stack';

jest.setTimeout(180_000);

describe('the needs register in Chromium', () => {
  const ui = useBrowserStack();

  beforeAll(async () => {
    const { stack } = ui;
    // The demo register, as npm start loads it; without a token the test gateway's development identity acts.
    await loadDemoData(stack.gatewayUrl);
    await loadDemoNeeds((query, variables) => callGateway(stack.gatewayUrl, null, query, variables));
  });

  it('lists the register in Kazakh, filters it by status from the address, and passes axe', async () => {
    const { page, stack } = ui;
    await page.goto(`${stack.dashboardUrl}#/needs`);
    await page.getByRole('heading', { level: 1, name: 'Қажеттіліктер мен мәселелер тізілімі' }).waitFor();
    const cards = page.getByTestId('needs-list').getByRole('listitem');
    await cards.nth(6).waitFor();
    expect(await cards.count()).toBe(7);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'needs-01-register.png'), fullPage: true });

    await page.getByLabel('Мәртебе').selectOption('ESCALATED');
    await page.waitForURL(/status=ESCALATED/);
    await page.getByTestId('needs-total').getByText('2', { exact: false }).waitFor();
    await expect(cards.count()).resolves.toBe(2);
    for (const badge of await page.getByTestId('needs-list').locator('.badge').allTextContents()) expect(badge).toBe('Республикалық кеңсеге жіберілді');

    // A filter nothing matches says so.
    await page.getByLabel('Тақырып').selectOption('FUNDING');
    await page.getByText('Бұл сүзгілерге сай жазба жоқ.').waitFor();
  });

  it('records a need in a district, escalates it with a comment and discusses it, passing axe on every page', async () => {
    const { page, stack } = ui;
    await page.goto(`${stack.dashboardUrl}#/needs`);
    await page.getByRole('link', { name: 'Қажеттілікті тіркеу' }).click();
    await page.getByRole('heading', { level: 1, name: 'Жаңа қажеттілік' }).waitFor();
    await page.getByLabel('Өңір', { exact: true }).selectOption('100000000');
    await page.getByLabel('Аудан').selectOption('101000000');
    await page.getByLabel('Тақырып').selectOption('LOCAL_EXECUTIVE_RELATIONS');
    await page.getByLabel('Сипаттама').fill('Семейде акцияға рұқсат алу үш аптаға созылады.');
    // The region's demo organization, as evidence.
    await page.locator('.need-evidence-choices input[type=checkbox]').first().check();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'needs-02-record.png'), fullPage: true });
    await page.getByRole('button', { name: 'Тіркеу' }).click();

    await page.waitForURL(/#\/needs\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('need-status').textContent()).resolves.toBe('Ашық');
    await expect(page.getByTestId('need-narrative').textContent()).resolves.toBe('Семейде акцияға рұқсат алу үш аптаға созылады.');

    await page.getByRole('button', { name: 'Республикалық кеңсеге жіберу' }).click();
    const form = page.getByTestId('need-status-form');
    await form.getByRole('button', { name: 'Растау' }).click();
    await page.getByTestId('field-error-comment').waitFor();
    await form.getByLabel('Себебі (тарихта сақталады)').fill('Облыс әкімдігімен келісе алмадық.');
    await form.getByRole('button', { name: 'Растау' }).click();
    await page.getByTestId('need-status').getByText('Республикалық кеңсеге жіберілді').waitFor();
    await page.getByTestId('need-history').getByText('Облыс әкімдігімен келісе алмадық.').waitFor();

    await page.getByTestId('need-comment-form').getByLabel('Пікір').fill('Келесі аптада әкімдікпен кездесеміз.');
    await page.getByRole('button', { name: 'Пікір қосу' }).click();
    await page.getByTestId('need-comments').getByText('Келесі аптада әкімдікпен кездесеміз.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'needs-03-entry.png'), fullPage: true });
  });

  it('does not scroll sideways on a 390-pixel phone, and passes axe there too', async () => {
    const { stack } = ui;
    const phone = await ui.newPage();
    try {
      await phone.goto(`${stack.dashboardUrl}#/needs`);
      await phone.getByTestId('needs-list').getByRole('listitem').nth(6).waitFor();
      expect(await sidewaysOverflow(phone)).toBeLessThanOrEqual(0);
      expect(await axeViolations(phone)).toEqual([]);
      await phone.screenshot({ path: path.join(SCREENSHOTS, 'needs-04-register-390.png'), fullPage: true });

      await phone.getByTestId('needs-list').getByRole('link').first().click();
      await phone.getByTestId('need-history').waitFor();
      expect(await sidewaysOverflow(phone)).toBeLessThanOrEqual(0);
      expect(await axeViolations(phone)).toEqual([]);
      await phone.screenshot({ path: path.join(SCREENSHOTS, 'needs-05-entry-390.png'), fullPage: true });

      await phone.goto(`${stack.dashboardUrl}#/needs/new`);
      await phone.getByTestId('record-need-form').waitFor();
      expect(await sidewaysOverflow(phone)).toBeLessThanOrEqual(0);
      await phone.screenshot({ path: path.join(SCREENSHOTS, 'needs-06-record-390.png'), fullPage: true });
    } finally {
      await phone.close();
    }
    expect(ui.consoleProblems).toEqual([]);
  });
});
