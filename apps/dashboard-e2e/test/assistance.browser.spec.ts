import path from 'node:path';
import { callGateway, seedDemoAccounts } from '@birge/stack';
import { SCREENSHOTS, useBrowserStack } from './support/browser-stack';

/** `YYYY-MM-DDTHH:mm` for a datetime-local input, `days` from today at `hour` local time. */
function localInput(days: number, hour: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(hour)}:00`;
}

jest.setTimeout(180_000);

describe('assistance requests, bookings and trainings in Chromium against the running stack', () => {
  const ui = useBrowserStack();

  it('signs in as the demo administrator, moves a request through its workflow to RESOLVED, rates it and books a room', async () => {
    const { page, stack } = ui;
    // The test stack does not create the demo accounts (npm start does): create them the same way.
    const accounts = await seedDemoAccounts(stack.databaseUrl);
    const admin = accounts.find((account) => account.role === 'REPUBLICAN_ADMIN');
    if (!admin) throw new Error('no demo administrator');

    // Without a token the test gateway acts as the development identity; the header says so.
    await page.goto(`${stack.dashboardUrl}#/`);
    await page.getByTestId('user-menu').getByText('Әзірлеуші сәйкестігі').waitFor();
    await page.getByTestId('user-menu').getByRole('link', { name: 'Кіру' }).click();
    await page.getByRole('heading', { level: 1, name: 'Жүйеге кіру' }).waitFor();
    await page.getByLabel('Электрондық пошта').fill(admin.email);
    await page.getByLabel('Құпиясөз').fill('wrong-password-2026');
    await page.getByRole('button', { name: 'Кіру' }).click();
    await expect(page.getByTestId('login-error').textContent()).resolves.toBe('Электрондық пошта немесе құпиясөз қате.');
    await page.screenshot({ path: path.join(SCREENSHOTS, '08-login-error.png'), fullPage: false });
    await page.getByLabel('Құпиясөз').fill(admin.password);
    await page.getByRole('button', { name: 'Кіру' }).click();
    const userMenu = page.getByTestId('user-menu');
    await userMenu.getByText('Республикалық әкімші').waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Қызметкерлер' }).waitFor();

    // An organization of Abai region (through the API: organizations.browser.spec.ts covers the registry form).
    const abai = '100000000';
    const orgName = `Медиа Семей ${Date.now().toString(36)}`;
    const { createOrganization } = await callGateway<{ createOrganization: { id: string } }>(
      stack.gatewayUrl,
      null,
      'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
      { input: { name: orgName, kind: 'INITIATIVE_GROUP', regionCode: abai, directions: ['MEDIA'] } },
    );

    // Submit a request for publicity on the organization's page.
    await page.goto(`${stack.dashboardUrl}#/organizations/${createOrganization.id}`);
    await expect(page.getByTestId('organization-name').textContent()).resolves.toBe(orgName);
    await page.getByLabel('Көмек түрі').selectOption('INFORMATIONAL');
    await page.getByLabel('Кіші түрі').selectOption('MEDIA_PUBLICITY');
    await page.getByLabel('Сипаттама').fill('Сенбілік туралы жергілікті БАҚ-та жариялау керек');
    await page.getByRole('button', { name: 'Жіберу' }).click();
    await page.getByTestId('request-list').getByRole('link', { name: 'Ақпараттық көмек' }).click();
    await page.waitForURL(/#\/requests\/[0-9a-f-]{36}$/);
    const status = page.getByTestId('request-status');
    await expect(status.textContent()).resolves.toBe('Жаңа');

    // The region (and so the due date) arrives from the registry by event; wait for it.
    const due = page.getByTestId('request-due');
    const dueDeadline = Date.now() + 60000;
    while ((await due.textContent()) === 'Көрсетілмеген' && Date.now() < dueDeadline) {
      await page.waitForTimeout(1000);
      await page.reload();
      await due.waitFor();
    }
    expect(await due.textContent()).toMatch(/^\d\d\.\d\d\.\d{4}/);

    // Only the moves the workflow allows from NEW.
    const actions = page.getByTestId('request-actions');
    await expect(actions.getByRole('button').allTextContents()).resolves.toEqual(['Қаралды деп белгілеу', 'Бас тарту', 'Кері қайтарылды']);
    const move = async (label: string, expected: string) => {
      await actions.getByRole('button', { name: label }).click();
      await page.getByTestId('status-change-form').getByRole('button', { name: 'Растау' }).click();
      await page.getByTestId('request-status').getByText(expected, { exact: true }).waitFor();
    };
    await move('Қаралды деп белгілеу', 'Қаралды');
    await move('Жұмысқа алу', 'Орындалуда');
    await page.getByRole('button', { name: 'Өзіме алу' }).click();
    await page
      .getByTestId('request-assignee')
      .getByText(/\(мен\)/)
      .waitFor();
    await page.getByLabel('Түсініктеме', { exact: true }).fill('Әкімдіктің баспасөз қызметімен келісу керек');
    await page.getByRole('button', { name: 'Түсініктеме қосу' }).click();
    await page.getByTestId('request-timeline').getByText('Әкімдіктің баспасөз қызметімен келісу керек').waitFor();

    // Referral to a state body and its answer.
    await actions.getByRole('button', { name: 'Мемлекеттік органға жолдау' }).click();
    const form = page.getByTestId('status-change-form');
    await form.getByRole('textbox', { name: 'Мемлекеттік орган', exact: true }).fill('Семей қаласы әкімдігінің ішкі саясат бөлімі');
    await form.getByRole('button', { name: 'Растау' }).click();
    await status.getByText('Мемлекеттік органның жауабын күтуде', { exact: true }).waitFor();
    await page.getByTestId('answer-form').getByLabel('Органның жауабы').fill('Жариялауға қарсылық жоқ');
    await page.getByTestId('answer-form').getByRole('button', { name: 'Жауапты жазу' }).click();
    await page.getByTestId('request-referrals').getByText('Жариялауға қарсылық жоқ').waitFor();

    // Resolving a publicity request needs the publication's link.
    await actions.getByRole('button', { name: 'Шешілді' }).click();
    await form.getByRole('button', { name: 'Растау' }).click();
    await expect(page.getByTestId('field-error-outcome.link').textContent()).resolves.toBe('Міндетті өріс');
    await form.getByLabel('Жарияланым сілтемесі').fill('https://semey.example.kz/news/senbilik');
    await form.getByRole('button', { name: 'Растау' }).click();
    await status.getByText('Шешілді', { exact: true }).waitFor();
    await page.getByTestId('request-outcome').getByText('Жарияланым шықты').waitFor();
    await expect(page.getByTestId('request-final').count()).resolves.toBe(1);

    // The requester rates the help once it is resolved.
    const rating = page.getByTestId('rating-form');
    await rating.getByRole('radio', { name: '5' }).check();
    await rating.getByLabel('Пікір (міндетті емес)').fill('Тез әрі нақты көмек');
    await rating.getByRole('button', { name: 'Бағалау' }).click();
    await page.getByTestId('request-rating').getByText('5 / 5').waitFor();
    expect(await page.getByTestId('rating-form').count()).toBe(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, '09-request-resolved.png'), fullPage: true });

    // The organization's page shows the outcome and the rating.
    await page.getByRole('link', { name: orgName }).click();
    await page.getByTestId('request-list').getByTestId('request-outcome').getByText('Жарияланым шықты').waitFor();
    await page.getByTestId('request-list').getByTestId('request-rating').getByText('5 / 5').waitFor();

    // The board lists it under its status.
    await page.goto(`${stack.dashboardUrl}#/requests?region=${abai}`);
    await page.getByTestId('board-column-RESOLVED').getByText('Сенбілік туралы жергілікті БАҚ-та жариялау керек').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, '10-requests-board.png'), fullPage: false });

    // Premises: add a room to the front office, book it, and see an overlapping booking refused.
    await page.goto(`${stack.dashboardUrl}#/bookings?region=${abai}`);
    await page.getByRole('heading', { level: 1, name: 'Үй-жай мен жабдықты брондау' }).waitFor();
    const roomName = `Кеңес залы ${Date.now().toString(36)}`;
    const resourceForm = page.getByTestId('resource-form');
    await resourceForm.getByLabel('Атауы').fill(roomName);
    await resourceForm.getByLabel('Орын саны').fill('25');
    await resourceForm.getByRole('button', { name: 'Қосу' }).click();
    await page.getByTestId('resource-list').getByText(roomName).waitFor();

    const booking = page.getByTestId('booking-form');
    const book = async (fromHour: number, toHour: number) => {
      await booking.getByLabel('Ресурс').selectOption({ label: roomName });
      await booking.getByLabel('Ұйым').selectOption({ label: orgName });
      await booking.getByLabel('Басталуы').fill(localInput(2, fromHour));
      await booking.getByLabel('Аяқталуы').fill(localInput(2, toHour));
      await booking.getByRole('button', { name: 'Брондау' }).click();
    };
    await booking.getByLabel('Ұйым').getByRole('option', { name: orgName }).waitFor({ state: 'attached' });
    await book(10, 12);
    await booking.getByText('Брондау расталды.').waitFor();
    await page.getByTestId('booking').filter({ hasText: roomName }).first().waitFor();
    await book(11, 13);
    await expect(booking.getByTestId('form-error').textContent()).resolves.toBe(
      'Бұл уақытта ресурс бос емес: уақыттың бір бөлігі басқа брондауға тиесілі. Басқа уақытты немесе ресурсты таңдаңыз.',
    );
    expect(await page.getByTestId('booking').filter({ hasText: roomName }).count()).toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, '11-booking-overlap.png'), fullPage: true });

    // Trainings: schedule one for the region and register the organization.
    await page.goto(`${stack.dashboardUrl}#/trainings?region=${abai}`);
    await page.getByRole('heading', { level: 1, name: 'Тренингтер күнтізбесі' }).waitFor();
    const topic = `Гранттық өтінім жазу ${Date.now().toString(36)}`;
    const schedule = page.getByTestId('schedule-training-form');
    await schedule.getByLabel('Тақырыбы').fill(topic);
    await schedule.getByLabel('Аудиториясы').selectOption('GROUP_MEMBERS');
    await schedule.getByLabel('Басталуы').fill(localInput(3, 10));
    await schedule.getByLabel('Аяқталуы').fill(localInput(3, 13));
    await schedule.getByLabel('Өтетін орны').fill('Семей, Абай көшесі 1, 2-қабат');
    await schedule.getByLabel('Орын саны').fill('10');
    await schedule.getByRole('button', { name: 'Жоспарлау' }).click();
    await page.getByTestId('training-week').getByRole('link', { name: topic }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, '12-trainings.png'), fullPage: true });
    await page.getByTestId('training-week').getByRole('link', { name: topic }).click();
    const register = page.getByTestId('register-form');
    await register.getByLabel('Ұйым').getByRole('option', { name: orgName }).waitFor({ state: 'attached' });
    await register.getByLabel('Ұйым').selectOption({ label: orgName });
    await register.getByLabel('Қатысушылар').fill('3');
    await register.getByRole('button', { name: 'Тіркеу' }).click();
    await page.getByTestId('registration-row').filter({ hasText: orgName }).getByText('Тіркелген').waitFor();
    await expect(page.getByTestId('training-seats').textContent()).resolves.toBe('Орындар: 3 / 10, бос: 7');
    await page.screenshot({ path: path.join(SCREENSHOTS, '13-training.png'), fullPage: true });

    // Sign out: the development identity is back.
    await userMenu.getByRole('button', { name: 'Шығу' }).click();
    await userMenu.getByText('Әзірлеуші сәйкестігі').waitFor();
  });

  it('left nothing in the browser console', () => {
    expect(ui.consoleProblems).toEqual([]);
  });
});
