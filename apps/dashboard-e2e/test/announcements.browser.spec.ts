import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { callGateway, loadDemoAnnouncements, loadDemoData } from '@birge/stack';
import { axeViolations, overflowingElements, sidewaysOverflow } from './support/checks';
import { SCREENSHOTS, useBrowserStack } from './support/browser-stack';

jest.setTimeout(240_000);

describe('announcements in Chromium', () => {
  const ui = useBrowserStack();

  beforeAll(async () => {
    const { stack } = ui;
    // As npm start loads them: consenting contacts, one announcement sent, one scheduled. The test gateway's development identity (a republican administrator) acts.
    await loadDemoData(stack.gatewayUrl);
    await loadDemoAnnouncements((query, variables) => callGateway(stack.gatewayUrl, null, query, variables));
  });

  it('composes an announcement in Kazakh, previews its audience as the target changes, sends it and sees its figures, passing axe', async () => {
    const { page, stack } = ui;
    await page.goto(`${stack.dashboardUrl}#/announcements`);
    await page.getByRole('heading', { level: 1, name: 'Хабарландырулар' }).waitFor();
    await page.getByTestId('announcement-row').nth(1).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'announcements-01-list.png'), fullPage: true });

    await page.getByRole('link', { name: 'Жаңа хабарландыру' }).click();
    await page.getByRole('heading', { level: 1, name: 'Жаңа хабарландыру' }).waitFor();
    const emails = page.getByTestId('audience-emails');
    await emails.waitFor();
    const everyone = Number((await emails.textContent())?.replace(/\D/g, ''));
    expect(everyone).toBeGreaterThan(1);

    // Only Astana: fewer addresses, counted again without a reload.
    await page.getByLabel('Өңір', { exact: true }).selectOption('710000000');
    await page.waitForFunction((before) => Number(document.querySelector('[data-testid="audience-emails"]')?.textContent?.replace(/\D/g, '')) < before, everyone);
    const astana = Number((await emails.textContent())?.replace(/\D/g, ''));
    expect(astana).toBeGreaterThan(0);

    await page.getByLabel('Тақырыбы', { exact: true }).selectOption('PROGRAMME');
    await page.getByLabel('Хат тақырыбы', { exact: true }).fill('Ауылдағы волонтерлерге қолдау бағдарламасы');
    await page.getByLabel('Мәтін', { exact: true }).fill('Бағдарламаға қатысуға өтінім қабылдау басталды.');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'announcements-02-composer.png'), fullPage: true });
    await page.getByRole('button', { name: 'Сақтап, қазір жіберу' }).click();

    await page.waitForURL(/#\/announcements$/);
    const row = page.getByTestId('announcement-row').filter({ hasText: 'Ауылдағы волонтерлерге қолдау бағдарламасы' });
    await row.waitFor();
    await expect(row.getByTestId('figure-audience').textContent()).resolves.toBe(String(astana));
    // The e-mails go through the mail queue to the stack's SMTP catcher: the figures follow on the next reads.
    for (let attempt = 0; attempt < 40; attempt++) {
      if ((await row.getByTestId('figure-sent').textContent())?.startsWith(String(astana))) break;
      await page.reload();
      await row.waitFor();
    }
    expect(await row.getByTestId('figure-sent').textContent()).toBe(String(astana));
    await expect(row.getByTestId('figure-failed').textContent()).resolves.toBe('0');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'announcements-03-sent.png'), fullPage: true });
  });

  it('does not scroll sideways on a 390-pixel phone (list, composer, settings, delivery log, unsubscribing from a caught mail), and passes axe there too', async () => {
    const { stack } = ui;
    const phone = await ui.newPage();
    try {
      for (const [route, ready, shot] of [
        ['#/announcements', 'announcement-row', 'announcements-04-list-390.png'],
        ['#/announcements/new', 'audience-emails', 'announcements-05-composer-390.png'],
        ['#/settings/notifications', 'preference-row', 'announcements-06-settings-390.png'],
        ['#/email-deliveries', 'email-delivery-row', 'announcements-07-deliveries-390.png'],
      ] as const) {
        await phone.goto(`${stack.dashboardUrl}${route}`);
        await phone.getByTestId(ready).first().waitFor();
        expect({ route, overflow: await sidewaysOverflow(phone), elements: await overflowingElements(phone) }).toEqual({
          route,
          overflow: expect.any(Number) as number,
          elements: [],
        });
        expect(await sidewaysOverflow(phone)).toBeLessThanOrEqual(0);
        expect(await axeViolations(phone)).toEqual([]);
        await phone.screenshot({ path: path.join(SCREENSHOTS, shot), fullPage: true });
      }

      // The unsubscribe link of a demo announcement, as the stack's SMTP catcher took it: the page asks first.
      const mails = await Promise.all(readdirSync(stack.mail.dir).map((file) => simpleParser(readFileSync(path.join(stack.mail.dir, file)))));
      const link = mails.map((mail) => /https?:\/\/\S*#\/unsubscribe\?token=\S+/.exec(mail.text ?? '')?.[0]).find(Boolean);
      expect(link).toBeDefined();
      const token = new URL(String(link).replace('#/', '')).searchParams.get('token') ?? '';
      await phone.goto(`${stack.dashboardUrl}#/unsubscribe?token=${encodeURIComponent(token)}`);
      await phone.getByRole('heading', { level: 1, name: 'Хабарландырулардан бас тарту' }).waitFor();
      expect(await axeViolations(phone)).toEqual([]);
      await phone.getByRole('button', { name: 'Бас тартуды растау' }).click();
      await expect(phone.getByTestId('unsubscribed').textContent()).resolves.toMatch(/^.\*\*\*@.+ мекенжайына хабарландырулар енді жіберілмейді\.$/);
      expect(await sidewaysOverflow(phone)).toBeLessThanOrEqual(0);
      await phone.screenshot({ path: path.join(SCREENSHOTS, 'announcements-08-unsubscribed-390.png'), fullPage: true });
    } finally {
      await phone.close();
    }
    expect(ui.consoleProblems).toEqual([]);
  });
});
