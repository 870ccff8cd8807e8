import path from 'node:path';
import { callGateway, loadDemoData, loadDemoFeedback, loadDemoNeeds } from '@birge/stack';
import { axeViolations, sidewaysOverflow } from './support/checks';
import { SCREENSHOTS, useBrowserStack } from './support/browser-stack';

jest.setTimeout(180_000);

describe('the feedback channel in Chromium', () => {
  const ui = useBrowserStack();

  beforeAll(async () => {
    const { stack } = ui;
    // The demo threads the republican office writes alone; without a token the test gateway's development identity (an administrator) acts.
    const call = <T>(query: string, variables?: Record<string, unknown>) => callGateway<T>(stack.gatewayUrl, null, query, variables);
    await loadDemoData(stack.gatewayUrl);
    await loadDemoNeeds(call);
    await loadDemoFeedback(call, null);
  });

  it('lists the threads in Kazakh, opens a new one with a file, answers, closes and reopens it, passing axe on every page', async () => {
    const { page, stack } = ui;
    await page.goto(`${stack.dashboardUrl}#/feedback`);
    await page.getByRole('heading', { level: 1, name: 'Кері байланыс арнасы' }).waitFor();
    await page.getByTestId('feedback-list').getByRole('listitem').nth(2).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'feedback-01-threads.png'), fullPage: true });

    await page.getByRole('link', { name: 'Жаңа тақырып' }).click();
    await page.getByTestId('new-feedback-thread').waitFor();
    await page.getByLabel('Өңір', { exact: true }).selectOption('100000000');
    await page.getByLabel('Тақырып түрі').selectOption('REGION_OBSERVATION');
    await page.getByLabel('Тақырып', { exact: true }).fill('Семейдегі жаңа топтар');
    await page.getByRole('textbox', { name: 'Хабарлама' }).fill('Семейде үш жаңа бастамашыл топ пайда болды, олармен кездесу жоспарлап отырмыз.');
    await page.getByLabel('Файлдар').setInputFiles({ name: 'кездесу.txt', mimeType: 'text/plain', buffer: Buffer.from('Кездесу жоспары: сейсенбі, 15:00') });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Тақырыпты ашу' }).click();

    await page.waitForURL(/#\/feedback\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('feedback-subject').textContent()).resolves.toBe('Семейдегі жаңа топтар');
    const messages = page.getByTestId('feedback-messages');
    await messages.getByRole('button', { name: /кездесу\.txt/ }).waitFor();
    const download = page.waitForEvent('download');
    await messages.getByRole('button', { name: /кездесу\.txt/ }).click();
    expect((await download).suggestedFilename()).toBe('кездесу.txt');

    await page.getByTestId('feedback-composer').getByLabel('Хабарлама').fill('Кездесуден кейін нәтижесін жазамын.');
    await page.getByRole('button', { name: 'Жіберу' }).click();
    await messages.getByText('Кездесуден кейін нәтижесін жазамын.').waitFor();

    await page.getByRole('button', { name: 'Тақырыпты жабу' }).click();
    await page.getByTestId('feedback-status').getByText('Жабылған').waitFor();
    await page.getByText('Тақырып жабық. Жазу үшін оны қайта ашыңыз.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'feedback-02-thread.png'), fullPage: true });
    await page.getByRole('button', { name: 'Қайта ашу' }).click();
    await page.getByTestId('feedback-composer').waitFor();

    // Closed threads are one filter away.
    await page.goto(`${stack.dashboardUrl}#/feedback`);
    await page.getByLabel('Күйі').selectOption('CLOSED');
    await page.waitForURL(/status=CLOSED/);
    await page.getByText('Әзірге тақырып жоқ. Республикалық кеңсеге жаңа тақырып ашып жазыңыз.').waitFor();
  });

  it('does not scroll sideways on a 390-pixel phone, and passes axe there too', async () => {
    const { stack } = ui;
    const phone = await ui.newPage();
    try {
      await phone.goto(`${stack.dashboardUrl}#/feedback`);
      await phone.getByTestId('feedback-list').getByRole('listitem').nth(2).waitFor();
      expect(await sidewaysOverflow(phone)).toBeLessThanOrEqual(0);
      expect(await axeViolations(phone)).toEqual([]);
      await phone.screenshot({ path: path.join(SCREENSHOTS, 'feedback-03-threads-390.png'), fullPage: true });

      await phone.getByTestId('feedback-list').getByRole('link').first().click();
      await phone.getByTestId('feedback-composer').waitFor();
      expect(await sidewaysOverflow(phone)).toBeLessThanOrEqual(0);
      expect(await axeViolations(phone)).toEqual([]);
      await phone.screenshot({ path: path.join(SCREENSHOTS, 'feedback-04-thread-390.png'), fullPage: true });

      await phone.goto(`${stack.dashboardUrl}#/feedback/new`);
      await phone.getByTestId('new-feedback-thread').waitFor();
      expect(await sidewaysOverflow(phone)).toBeLessThanOrEqual(0);
      expect(await axeViolations(phone)).toEqual([]);
    } finally {
      await phone.close();
    }
    expect(ui.consoleProblems).toEqual([]);
  });
});
