import path from 'node:path';
import { SCREENSHOTS, useBrowserStack } from './support/browser-stack';

jest.setTimeout(180_000);

describe('regions and the interface language in Chromium against the running stack', () => {
  const ui = useBrowserStack();

  it('lists the 20 regions in Kazakh with their coverage', async () => {
    const { page, stack } = ui;
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

  it('switches the whole interface to Russian and English', async () => {
    const { page, stack } = ui;
    await page.goto(`${stack.dashboardUrl}#/regions`);
    await page.getByLabel('Тіл').selectOption('ru');
    await page.getByRole('heading', { level: 1, name: 'Регионы' }).waitFor();
    await page
      .getByRole('rowheader', { name: 'Абайская область' })
      .or(page.getByRole('rowheader', { name: /Абай/ }))
      .first()
      .waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, '07-regions-ru.png'), fullPage: false });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Регионы' }).waitFor();
    await page.getByLabel('Язык').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Regions' }).waitFor();
  });

  it('left nothing in the browser console', () => {
    expect(ui.consoleProblems).toEqual([]);
  });
});
