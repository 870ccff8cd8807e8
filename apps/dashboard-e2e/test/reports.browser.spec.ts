import path from 'node:path';
import type { Page } from 'playwright-core';
import { callGateway, loadDemoData, loadDemoNeeds, seedDemoAccounts, signIn, type SeededDemoAccount } from '@birge/stack';
import { axeViolations, overflowingElements, sidewaysOverflow } from './support/checks';
import { SCREENSHOTS, useBrowserStack } from './support/browser-stack';

jest.setTimeout(420_000);

/** The current quarter as the dashboard offers it (the browser's clock), like 2026-Q4. */
function currentQuarter(now = new Date()): string {
  return `${now.getFullYear()}-Q${Math.floor(now.getMonth() / 3) + 1}`;
}

/**
 * The whole reporting cycle as `npm start` runs it (no development identity, the demo accounts):
 * the republican administrator designs a form, Astana's front office fills and submits its report,
 * the administrator returns it with a comment, the region fixes and resubmits, the administrator
 * accepts and it is locked, and an analyst reads it without the free text. axe on every page, and
 * a 390-pixel phone that never scrolls sideways.
 */
describe('the reporting cycle in Chromium', () => {
  const ui = useBrowserStack({ stack: { devIdentityFallback: false } });

  let accounts: SeededDemoAccount[];
  const period = currentQuarter();
  let formId = '';
  let reportUrl = '';

  const account = (role: string) => {
    const found = accounts.find((candidate) => candidate.role === role);
    if (!found) throw new Error(`no demo account for ${role}`);
    return found;
  };

  /**
   * Opens `route` as the demo account of `role`, signing out whoever was signed in first. Straight
   * after a sign-out the app may still be settling and draw the sign-in form again, dropping what
   * was typed: the form is filled again until the sign-in takes.
   */
  async function as(role: string, route: string) {
    const userMenu = ui.page.getByTestId('user-menu').getByRole('button', { name: 'Шығу' });
    const heading = ui.page.getByRole('heading', { level: 1, name: 'Жүйеге кіру' });
    if (await userMenu.count()) {
      await userMenu.click();
      await heading.waitFor();
    }
    await ui.page.goto(`${ui.stack.dashboardUrl}#${route}`);
    const { email, password } = account(role);
    for (let attempt = 1; ; attempt += 1) {
      await heading.waitFor();
      await ui.page.getByLabel('Электрондық пошта').fill(email);
      await ui.page.getByLabel('Құпиясөз').fill(password);
      await ui.page.getByRole('button', { name: 'Кіру' }).click();
      const signedIn = await userMenu.waitFor({ timeout: 10_000 }).then(
        () => true,
        () => false,
      );
      if (signedIn) break;
      if (attempt === 3) throw new Error(`could not sign in as ${role}`);
    }
    // Settling after the sign-out, the app may have routed home meanwhile: back to the address asked for.
    if (!ui.page.url().endsWith(`#${route}`)) await ui.page.goto(`${ui.stack.dashboardUrl}#${route}`);
  }

  async function shoot(name: string, target: Page = ui.page) {
    await target.screenshot({ path: path.join(SCREENSHOTS, name), fullPage: true });
  }

  beforeAll(async () => {
    const { stack } = ui;
    accounts = await seedDemoAccounts(stack.databaseUrl);
    const admin = account('REPUBLICAN_ADMIN');
    const token = await signIn(stack.gatewayUrl, admin.email, admin.password);
    await loadDemoData(stack.gatewayUrl, token);
    await loadDemoNeeds((query, variables) => callGateway(stack.gatewayUrl, { bearer: token }, query, variables));
  });

  it('lets the republican administrator design a form, naming a wrong part of it next to its control', async () => {
    const { page, stack } = ui;
    await as('REPUBLICAN_ADMIN', '/report-forms');
    await page.getByRole('heading', { level: 1, name: 'Есеп нысандары' }).waitFor();
    await page.getByText('Әзірге есеп нысаны жоқ. Алғашқысын жасаңыз.').waitFor();
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Есеп нысандары' }).getAttribute('aria-current')).toBe('page');
    await page.getByRole('link', { name: 'Жаңа нысан' }).click();

    const designer = page.getByTestId('report-form-designer');
    await designer.waitFor();
    await designer.getByLabel('Атауы (Қазақша)', { exact: true }).fill('Тоқсандық сынақ есебі');
    await designer.getByLabel('Атауы (Русский)', { exact: true }).fill('Квартальный пробный отчёт');
    await designer.getByLabel('Атауы (English)', { exact: true }).fill('Quarterly trial report');

    const first = page.getByTestId('designer-field-sections.0.fields.0');
    await first.getByLabel('Өріс кілті').fill('contacts');
    await first.getByLabel('Сұрақ (Қазақша)').fill('Тіркелген байланыстар');
    await first.getByLabel('Сұрақ (Русский)').fill('Зарегистрированные контакты');
    await first.getByLabel('Сұрақ (English)').fill('Contacts logged');
    await first.getByLabel('Міндетті').check();
    await first.getByLabel('Тек бүтін сан').check();
    await first.getByLabel('Ең кіші мән').fill('0');
    await first.getByLabel('Алдын ала толтыру көзі').selectOption('CONTACTS_LOGGED');

    await page.getByRole('button', { name: '1-бөлімге өріс қосу' }).click();
    const second = page.getByTestId('designer-field-sections.0.fields.1');
    await second.getByLabel('Өріс кілті').fill('situation');
    await second.getByLabel('Өріс түрі').selectOption('TEXT');
    await second.getByLabel('Сұрақ (Қазақша)').fill('Тоқсанда өңірде не өзгерді?');
    await second.getByLabel('Сұрақ (Русский)').fill('Что изменилось в регионе?');
    await second.getByLabel('Сұрақ (English)').fill('What changed in the region?');
    await second.getByLabel('Міндетті').check();
    await second.getByLabel('Түсініктеме ережесі').selectOption('WHEN_MISSING_OR_CHANGED');

    // The section has no title yet: the API names it, and the designer shows it under that input.
    await page.getByRole('button', { name: 'Нысанды жасау' }).click();
    await page.getByTestId('field-error-sections.0.title.kk').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shoot('reports-01-designer-error.png');

    const section = page.getByTestId('designer-section-0');
    await section.getByLabel('Бөлім атауы (Қазақша)').fill('Негізгі');
    await section.getByLabel('Бөлім атауы (Русский)').fill('Основное');
    await section.getByLabel('Бөлім атауы (English)').fill('Main');
    await page.getByRole('button', { name: 'Нысанды жасау' }).click();

    await page.waitForURL(/#\/report-forms\/[0-9a-f-]{36}\?created=1$/);
    formId = /report-forms\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
    await page.getByTestId('designer-created').waitFor();
    await expect(page.getByTestId('designer-versions').textContent()).resolves.toContain('1-нұсқа');
    expect(await axeViolations(page)).toEqual([]);
    await shoot('reports-02-designer-created.png');

    // The designer on a 390-pixel phone: nothing wider than the window.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${stack.dashboardUrl}#/report-forms/new`);
    await page.getByTestId('report-form-designer').waitFor();
    await page.getByTestId('designer-field-sections.0.fields.0').getByLabel('Алдын ала толтыру көзі').selectOption('CONTACTS_LOGGED');
    expect((await sidewaysOverflow(page)) > 0 ? await overflowingElements(page) : []).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await shoot('reports-03-designer-390.png');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("lets Astana's front office fill its report: the pre-filled figure with its source, a draft saved as it goes, every problem at its field", async () => {
    const { page } = ui;
    await as('REGIONAL_STAFF', `/reports?form=${formId}`);
    const open = page.getByTestId('open-report-form');
    await open.waitFor();
    // Staff open their own region's report only: no region to choose.
    expect(await open.getByLabel('Өңір').count()).toBe(0);
    await open.getByLabel('Кезең').selectOption(period);
    await open.getByRole('button', { name: 'Ашу' }).click();
    await page.waitForURL(/#\/reports\/[0-9a-f-]{36}$/).catch(async (error: unknown) => {
      await shoot('reports-failure-open.png');
      throw error;
    });
    reportUrl = page.url();

    const contacts = page.getByLabel('Тіркелген байланыстар *');
    await contacts.waitFor();
    const prefill = page.getByTestId('prefill-contacts');
    await expect(prefill.textContent()).resolves.toContain('Дереккөзі: Тіркелген байланыстар.');
    const figure = Number(await contacts.inputValue());
    expect(Number.isInteger(figure)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // Submitting an empty narrative is refused, named at its field.
    await page.getByRole('button', { name: 'Есепті жіберу' }).click();
    const problems = page.getByTestId('submit-problems');
    await problems.waitFor();
    await problems.getByRole('button', { name: 'Тоқсанда өңірде не өзгерді?' }).waitFor();
    await page.getByTestId('answer-errors-report-answer-situation-errors').waitFor();

    // Overriding the figure asks for a comment at once.
    await contacts.fill(String(figure + 3));
    await page.getByTestId('comment-errors-contacts').getByText('Алдын ала толтырылған санды өзгерту үшін түсініктеме қажет.').waitFor();
    await page.getByLabel('Түсініктеме (алдын ала толтырылған саннан өзгеше: себебін жазыңыз)').fill('Үш кездесу қағаз журналда ғана тіркелген.');
    await page.getByLabel('Тоқсанда өңірде не өзгерді? *').fill('Астанада екі жаңа жастар бастамасы құрылды, әкімдікпен кездесу өтті.');
    await page
      .getByTestId('autosave-status')
      .getByText(/^Жоба сақталды \d\d:\d\d$/)
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shoot('reports-04-filling.png');

    // What was saved is there after a reload.
    await page.reload();
    await expect(page.getByLabel('Тіркелген байланыстар *').inputValue()).resolves.toBe(String(figure + 3));
    await page.getByRole('button', { name: 'Есепті жіберу' }).click();
    await page.getByTestId('report-status').getByText('Жіберілді').waitFor();
    await page.getByTestId('report-answers').waitFor();
  });

  it('lets the administrator return it with a comment, the region fix and resubmit it, and the administrator accept and lock it', async () => {
    const { page, stack } = ui;
    await as('REPUBLICAN_ADMIN', new URL(reportUrl).hash.slice(1));
    const review = page.getByTestId('report-review');
    await review.getByRole('button', { name: 'Түсініктемемен қайтару' }).click();
    const back = page.getByTestId('report-return-form');
    await back.getByLabel('Нені түзету керек').fill('Жастар бастамаларының атауын және қатысушылар санын жазыңыз.');
    await back.getByRole('button', { name: 'Қайтару' }).click();
    await page.getByTestId('report-status').getByText('Қайтарылды').waitFor();
    await page.getByTestId('report-comments').getByText('Жастар бастамаларының атауын және қатысушылар санын жазыңыз.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shoot('reports-05-returned.png');

    await as('REGIONAL_STAFF', new URL(reportUrl).hash.slice(1));
    await page
      .getByTestId('report-filling')
      .waitFor()
      .catch(async (error: unknown) => {
        await shoot('reports-failure-region.png');
        throw error;
      });
    await shoot('reports-06-region-returned.png');
    await expect(page.getByTestId('report-returned-note').textContent()).resolves.toContain('Жастар бастамаларының атауын');
    const situation = page.getByLabel('Тоқсанда өңірде не өзгерді? *');
    await situation.fill('Астанада «Жас қала» және «Бірге көмек» бастамалары құрылды, оларға 48 жас қатысады; әкімдікпен кездесу өтті.');
    // A changed narrative needs a comment under this field's rule: the region says why in the thread of the field.
    await page.getByTestId('answer-situation').getByLabel('Түсініктеме').fill('Республикалық кеңсенің өтініші бойынша толықтырылды.');
    await page
      .getByTestId('autosave-status')
      .getByText(/^Жоба сақталды/)
      .waitFor();
    await page.getByTestId('report-comment-form').getByLabel('Хабарлама').fill('Атаулары мен саны қосылды.');
    await page.getByRole('button', { name: 'Жазу', exact: true }).click();
    await page.getByTestId('report-comments').getByText('Атаулары мен саны қосылды.').waitFor();
    await page.getByRole('button', { name: 'Қайта жіберу' }).click();
    await page.getByTestId('report-status').getByText('Жіберілді').waitFor();

    await as('REPUBLICAN_ADMIN', new URL(reportUrl).hash.slice(1));
    await page.getByTestId('report-review').getByRole('button', { name: 'Қабылдау' }).click();
    await page.getByTestId('report-accept-form').getByRole('button', { name: 'Қабылдап, бекіту' }).click();
    await page.getByTestId('report-locked').waitFor();
    await page.getByTestId('report-status').getByText('Қабылданды').waitFor();
    const history = await page.getByTestId('report-history').getByRole('listitem').allTextContents();
    expect(history.map((step) => step.replace(/^.*?(Ашылды|Жіберілді|Қайтарылды|Қабылданды).*$/s, '$1'))).toEqual(['Ашылды', 'Жіберілді', 'Қайтарылды', 'Жіберілді', 'Қабылданды']);
    expect(await page.getByTestId('report-comment-form').count()).toBe(0);
    const pdf = page.waitForEvent('download');
    await page.getByRole('group', { name: 'Есепті жүктеу' }).getByRole('button').first().click();
    expect((await pdf).suggestedFilename()).toMatch(/\.pdf$/);
    expect(await axeViolations(page)).toEqual([]);
    await shoot('reports-07-accepted.png');

    await page.goto(`${stack.dashboardUrl}#/completeness/${formId}`);
    const cell = page.getByTestId(`cell-710000000-${period}`);
    await cell.waitFor();
    await expect(cell.getAttribute('data-kind')).resolves.toBe('accepted');
    await expect(cell.textContent()).resolves.toContain('Қабылданды');
    await page.getByTestId('completeness-legend').getByText('Мерзімі өтті').waitFor();
    // The matrix box takes the keyboard, with a visible focus ring.
    // Its Download gives the matrix as a file (CSV), made by the API in the reader's language.
    const downloads = page.getByRole('group', { name: 'Толықтықты жүктеу' });
    const csv = page.waitForEvent('download');
    await downloads.getByRole('button').last().click();
    expect((await csv).suggestedFilename()).toMatch(/\.csv$/);
    await downloads.getByRole('button').last().focus();
    await page.keyboard.press('Tab');
    const ring = await page.getByTestId('completeness-scroll').evaluate((element) => (document.activeElement === element ? getComputedStyle(element).outlineStyle : 'not focused'));
    expect(ring).toBe('solid');
    expect(await axeViolations(page)).toEqual([]);
    await shoot('reports-08-completeness.png');
  });

  it('lets an analyst read the accepted report without its free text, and act on nothing', async () => {
    const { page } = ui;
    await as('ANALYST', new URL(reportUrl).hash.slice(1));
    await page
      .getByTestId('report-answers')
      .waitFor()
      .catch(async (error: unknown) => {
        await shoot('reports-failure-analyst.png');
        throw error;
      });
    await page.getByTestId('answer-view-situation').getByTestId('access-hidden').waitFor();
    await expect(page.getByTestId('answer-view-contacts').textContent()).resolves.toMatch(/\d/);
    expect(await page.getByText('«Жас қала»', { exact: false }).count()).toBe(0);
    expect(await page.getByTestId('report-review').count()).toBe(0);
    expect(await page.getByTestId('report-comment-form').count()).toBe(0);
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Есеп нысандары' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await shoot('reports-09-analyst.png');
  });

  it('does not scroll sideways on a 390-pixel phone, and passes axe there too', async () => {
    const { stack } = ui;
    // The analyst's session, on a phone.
    const phone = await ui.newTab();
    try {
      for (const [route, ready, name] of [
        [new URL(reportUrl).hash.slice(1), 'report-answers', 'reports-10-report-390.png'],
        [`/completeness/${formId}`, 'completeness-matrix', 'reports-11-completeness-390.png'],
        [`/reports?form=${formId}`, 'reports-list', 'reports-12-list-390.png'],
      ] as const) {
        await phone.goto(`${stack.dashboardUrl}#${route}`);
        await phone.getByTestId(ready).waitFor();
        expect(await sidewaysOverflow(phone)).toBeLessThanOrEqual(0);
        expect(await axeViolations(phone)).toEqual([]);
        await shoot(name, phone);
        if (ready === 'completeness-matrix') {
          // The matrix box stays inside the phone's width; a wider matrix scrolls inside it.
          const box = await phone
            .getByTestId('completeness-scroll')
            .evaluate((element) => ({ right: element.getBoundingClientRect().right, overflow: getComputedStyle(element).overflowX }));
          expect(box.right).toBeLessThanOrEqual(390);
          expect(box.overflow).toBe('auto');
        }
      }
    } finally {
      await phone.close();
    }
    expect(ui.consoleProblems).toEqual([]);
  });
});
