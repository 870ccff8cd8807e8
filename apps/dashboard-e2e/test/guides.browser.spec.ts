import path from 'node:path';
import { callGateway, loadDemoData, loadDemoGuides } from '@birge/stack';
import { axeViolations, expectFitsPhone } from './support/checks';
import { SCREENSHOTS, useBrowserStack } from './support/browser-stack';

jest.setTimeout(180_000);

describe('the guides and templates library in Chromium', () => {
  const ui = useBrowserStack({ page: { acceptDownloads: true } });

  beforeAll(async () => {
    const { stack } = ui;
    // The demo requests and guides, as npm start loads them; the test gateway's development identity acts.
    await loadDemoData(stack.gatewayUrl);
    await loadDemoGuides((query, variables) => callGateway(stack.gatewayUrl, null, query, variables));
  }, 300_000);

  it('lists the demo guides in Kazakh, narrows to Russian ones from the filter with a focus ring, and passes axe', async () => {
    const { page, stack } = ui;
    await page.goto(`${stack.dashboardUrl}#/guides`);
    await page.getByRole('heading', { level: 1, name: 'Нұсқаулықтар мен үлгілер кітапханасы' }).waitFor();
    const cards = page.getByTestId('guide-list').locator(':scope > li');
    await cards.nth(4).waitFor();
    expect(await cards.count()).toBe(5);
    expect(await page.getByTestId('guide-list').textContent()).toContain('Соңғы нұсқа 2: zhargy-ulgisi-2026.txt');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'guides-01-library.png'), fullPage: true });

    const language = page.getByRole('search').getByLabel('Құжат тілі');
    await language.focus();
    expect(await language.evaluate((select) => getComputedStyle(select).outlineStyle)).not.toBe('none');
    await language.selectOption('RU');
    await page.waitForURL(/language=RU/);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=guide-list] > li').length === 2);
    expect(await page.getByTestId('guide-list').textContent()).toContain('Регистрация НКО: пошаговая инструкция');
  });

  it('uploads a guide, adds a new version that becomes the latest, and downloads the old one', async () => {
    const { page, stack } = ui;
    await page.goto(`${stack.dashboardUrl}#/guides`);
    const form = page.getByTestId('guide-form');
    await form.getByLabel('Атауы').fill('Волонтерлік келісім үлгісі');
    await form.getByLabel('Көмек түрі').selectOption(['ORGANIZATION_REGISTRATION']);
    await form.getByLabel('Файл (PDF, DOCX, XLSX, TXT)').setInputFiles({ name: 'kelisim.txt', mimeType: 'text/plain', buffer: Buffer.from('Келісім, 1-нұсқа', 'utf8') });
    await form.getByRole('button', { name: 'Жүктеу' }).click();
    await form.getByRole('status').getByText('Нұсқаулық кітапханаға қосылды.').waitFor();

    const card = page.getByTestId('guide-list').locator(':scope > li', { hasText: 'Волонтерлік келісім үлгісі' });
    await card.getByText('Соңғы нұсқа 1: kelisim.txt', { exact: false }).waitFor();
    await card.getByText('Барлық нұсқалар (1)').click();
    await card.getByLabel('Жаңа нұсқаның файлы').setInputFiles({ name: 'kelisim-2.txt', mimeType: 'text/plain', buffer: Buffer.from('Келісім, 2-нұсқа', 'utf8') });
    await card.getByRole('button', { name: 'Жаңа нұсқаны қосу' }).click();
    await card.getByText('Соңғы нұсқа 2: kelisim-2.txt', { exact: false }).waitFor();
    await card.getByText('Барлық нұсқалар (2)').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'guides-02-versions.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: '1-нұсқаны жүктеу' }).click()]);
    expect(download.suggestedFilename()).toBe('kelisim.txt');
  });

  it("shows a consultative request's guides and attaches one its sub-type suggests", async () => {
    const { page, stack } = ui;
    const requests = await callGateway<{ assistanceRequests: { edges: { node: { id: string } }[] } }>(
      stack.gatewayUrl,
      null,
      '{ assistanceRequests(first: 1, filter: { subtype: ORGANIZATION_REGISTRATION }) { edges { node { id } } } }',
    );
    await page.goto(`${stack.dashboardUrl}#/requests/${requests.assistanceRequests.edges[0].node.id}`);
    const section = page.getByTestId('request-guides');
    await section.getByText('Регистрация НКО: пошаговая инструкция').waitFor();
    const suggested = section.getByTestId('suggested-guides');
    await suggested.getByRole('button', { name: 'Тіркеу: Қоғамдық бірлестіктің жарғысы: үлгі' }).click();
    await section.getByRole('button', { name: 'Алып тастау' }).nth(1).waitFor();
    expect(await suggested.textContent()).not.toContain('Қоғамдық бірлестіктің жарғысы: үлгі');
    expect(await axeViolations(page)).toEqual([]);
    await section.screenshot({ path: path.join(SCREENSHOTS, 'guides-04-request.png') });
  });

  it('does not scroll sideways on a 390-pixel phone, and passes axe there too', async () => {
    const { stack } = ui;
    const phone = await ui.newPage();
    try {
      await phone.goto(`${stack.dashboardUrl}#/guides`);
      await phone.getByTestId('guide-list').locator(':scope > li').first().waitFor();
      await expectFitsPhone(phone, path.join(SCREENSHOTS, 'guides-03-390.png'));
    } finally {
      await phone.close();
    }
  });

  it('reported no console errors or warnings', () => {
    expect(ui.consoleProblems).toEqual([]);
  });
});
