import path from 'node:path';
import { seedDemoAccounts, type SeededDemoAccount } from '@birge/stack';
import { SCREENSHOTS, useBrowserStack } from './support/browser-stack';

jest.setTimeout(240_000);

/**
 * The administration pages as `npm start` runs them: without DEV_IDENTITY_FALLBACK, so nobody is an
 * administrator before signing in.
 */
describe('API keys and the audit log in Chromium, without the development identity', () => {
  const ui = useBrowserStack({ stack: { devIdentityFallback: false } });

  let accounts: SeededDemoAccount[];
  const keyName = `Qazvolunteer.kz ${Date.now().toString(36)}`;

  const account = (role: string) => {
    const found = accounts.find((candidate) => candidate.role === role);
    if (!found) throw new Error(`no demo account for ${role}`);
    return found;
  };

  async function signIn(role: string) {
    const { email, password } = account(role);
    await ui.page.getByRole('heading', { level: 1, name: 'Жүйеге кіру' }).waitFor();
    await ui.page.getByLabel('Электрондық пошта').fill(email);
    await ui.page.getByLabel('Құпиясөз').fill(password);
    await ui.page.getByRole('button', { name: 'Кіру' }).click();
    await ui.page.getByTestId('user-menu').getByRole('button', { name: 'Шығу' }).waitFor();
  }

  async function signOut() {
    await ui.page.getByTestId('user-menu').getByRole('button', { name: 'Шығу' }).click();
    await ui.page.getByRole('heading', { level: 1, name: 'Жүйеге кіру' }).waitFor();
  }

  beforeAll(async () => {
    const { stack } = ui;
    accounts = await seedDemoAccounts(stack.databaseUrl);
    await ui.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(stack.dashboardUrl as string).origin });
  });

  it('asks an anonymous visitor to sign in, even at an administration address', async () => {
    const { page, stack } = ui;
    await page.goto(`${stack.dashboardUrl}#/api-keys`);
    await page.getByRole('heading', { level: 1, name: 'Жүйеге кіру' }).waitFor();
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(await page.getByTestId('user-menu').count()).toBe(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, '20-anonymous-login.png'), fullPage: false });
  });

  it('lets the administrator create a key, see its secret once, use it, and revoke it', async () => {
    const { page, stack } = ui;
    await signIn('REPUBLICAN_ADMIN');
    // Signed in from #/api-keys: back there, with the administration entries in the menu.
    await page.getByRole('heading', { level: 1, name: 'Серіктес жүйелердің API кілттері' }).waitFor();
    const navigation = page.getByRole('navigation');
    expect(await navigation.getByRole('link', { name: 'API кілттері' }).getAttribute('aria-current')).toBe('page');
    await navigation.getByRole('link', { name: 'Аудит журналы' }).waitFor();
    await page.getByText('Әзірге API кілттері жоқ.').waitFor();

    const form = page.getByTestId('create-api-key-form');
    // A one-letter name passes the form and is refused by the identity service, under the field.
    await form.getByLabel('Атауы').fill('Q');
    await form.getByRole('checkbox', { name: /registry:read/ }).check();
    await form.getByRole('checkbox', { name: /analytics:read/ }).check();
    await form.getByRole('button', { name: 'Кілт жасау' }).click();
    await expect(form.getByTestId('field-error-name').textContent()).resolves.toBe('Ұзындығы 2-ден 200 таңбаға дейін болуы керек');
    await page.screenshot({ path: path.join(SCREENSHOTS, '21-api-key-field-error.png'), fullPage: true });

    await form.getByLabel('Атауы').fill(keyName);
    await form.getByRole('button', { name: 'Кілт жасау' }).click();
    const panel = page.getByTestId('api-key-secret');
    await panel.waitFor();
    const secret = (await panel.getByTestId('api-key-secret-value').textContent()) ?? '';
    expect(secret).toMatch(/^bgk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    await expect(panel.textContent()).resolves.toContain('Оны енді көре алмайсыз');
    await panel.getByRole('button', { name: 'Көшіру' }).click();
    await panel.getByRole('button', { name: 'Көшірілді' }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(secret);

    const row = page.getByTestId('api-key-row').filter({ hasText: keyName });
    await row.waitFor();
    await expect(row.getByTestId('api-key-state').textContent()).resolves.toBe('Белсенді');
    await expect(row.textContent()).resolves.toContain(secret.slice(0, 16));
    await page.screenshot({ path: path.join(SCREENSHOTS, '22-api-key-secret-once.png'), fullPage: true });

    // The key works at the gateway as a partner's read, and only a read.
    const asPartner = async (query: string) => {
      const response = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `ApiKey ${secret}` },
        body: JSON.stringify({ query }),
      });
      return (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string; reason?: string } }[] };
    };
    expect((await asPartner('{ regions { code } }')).errors).toBeUndefined();

    // Once dismissed, the secret is nowhere on the page; a reload does not bring it back.
    await panel.getByRole('button', { name: 'Кілтті сақтадым' }).click();
    expect(await page.getByTestId('api-key-secret').count()).toBe(0);
    await page.reload();
    await row.waitFor();
    expect(await page.content()).not.toContain(secret);

    await row.getByRole('button', { name: 'Кері қайтару' }).click();
    const confirm = page.getByTestId('revoke-confirm');
    await expect(confirm.textContent()).resolves.toContain(`«${keyName}» кілтін кері қайтару керек пе?`);
    await page.screenshot({ path: path.join(SCREENSHOTS, '23-api-key-revoke-confirm.png'), fullPage: true });
    await confirm.getByRole('button', { name: 'Иә, кері қайтару' }).click();
    await row.getByTestId('api-key-state').getByText('Кері қайтарылған').waitFor();
    expect(await row.getByRole('button', { name: 'Кері қайтару' }).count()).toBe(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, '24-api-key-revoked.png'), fullPage: true });
  });

  it('shows the key being created and revoked in the audit log, and filters it', async () => {
    const { page } = ui;
    await page.getByRole('navigation').getByRole('link', { name: 'Аудит журналы' }).click();
    await page.getByRole('heading', { level: 1, name: 'Аудит журналы' }).waitFor();
    // Subgraphs send their audit records as events: wait until identity has stored both.
    const revokeRow = page.locator('[data-testid="audit-row"][data-operation="revokeApiKey"]');
    for (let attempt = 0; attempt < 20 && (await revokeRow.count()) === 0; attempt++) {
      await page.waitForTimeout(1000);
      await page.reload();
      await page.getByTestId('audit-table').waitFor();
    }
    await revokeRow.first().waitFor();
    const createRows = page.locator('[data-testid="audit-row"][data-operation="createApiKey"]');
    // The refused one-letter name and the created key.
    await expect(createRows.getByTestId('audit-outcome').allTextContents()).resolves.toEqual(expect.arrayContaining(['Орындалды', 'Бас тартылды · BAD_USER_INPUT']));
    await expect(revokeRow.first().getByTestId('audit-outcome').textContent()).resolves.toBe('Орындалды');
    await expect(revokeRow.first().textContent()).resolves.toContain('Республикалық әкімші');
    await page.screenshot({ path: path.join(SCREENSHOTS, '25-audit-log.png'), fullPage: true });

    const filters = page.getByTestId('audit-filters');
    await filters.getByLabel('Операция').fill('revokeApiKey');
    await filters.getByLabel('Нәтиже').selectOption('OK');
    await filters.getByRole('button', { name: 'Көрсету' }).click();
    await page.waitForURL(/#\/audit-log\?operation=revokeApiKey&outcome=OK$/);
    // The filtered page replaces the whole list: only revocations, at least ours.
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('[data-testid="audit-row"]')];
      return rows.length > 0 && rows.every((row) => row.getAttribute('data-operation') === 'revokeApiKey');
    });

    await filters.getByLabel('Операция').fill('noSuchOperation');
    await filters.getByRole('button', { name: 'Көрсету' }).click();
    await page.getByText('Сүзгілерге сай жазба жоқ.').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, '26-audit-log-empty.png'), fullPage: false });
    await signOut();
  });

  it('keeps regional staff and analysts out of the administration pages, with a coded refusal at their addresses', async () => {
    const { page, stack } = ui;
    for (const [role, shot] of [
      ['REGIONAL_STAFF', '27-regional-staff-not-allowed.png'],
      ['ANALYST', '28-analyst-not-allowed.png'],
    ] as const) {
      await page.goto(`${stack.dashboardUrl}#/`);
      await signIn(role);
      const navigation = page.getByRole('navigation');
      await navigation.getByRole('link', { name: 'Өңірлер' }).waitFor();
      expect(await navigation.getByRole('link', { name: 'API кілттері' }).count()).toBe(0);
      expect(await navigation.getByRole('link', { name: 'Аудит журналы' }).count()).toBe(0);
      expect(await navigation.getByRole('link', { name: 'Қызметкерлер' }).count()).toBe(0);
      for (const address of ['#/api-keys', '#/audit-log']) {
        await page.goto(`${stack.dashboardUrl}${address}`);
        const refusal = page.getByTestId('not-allowed');
        await refusal.waitFor();
        await expect(refusal.textContent()).resolves.toContain('FORBIDDEN · ADMIN_ONLY');
        await expect(refusal.textContent()).resolves.toContain('Мұны тек республикалық әкімші жасай алады');
      }
      if (role === 'ANALYST') {
        expect(await navigation.getByRole('link', { name: 'Жаңа ұйым' }).count()).toBe(0);
        await page.goto(`${stack.dashboardUrl}#/organizations/new`);
        await expect(page.getByTestId('not-allowed').textContent()).resolves.toContain('FORBIDDEN · READ_ONLY_ROLE');
        await page.goto(`${stack.dashboardUrl}#/api-keys`);
        await page.getByTestId('not-allowed').waitFor();
      }
      await page.screenshot({ path: path.join(SCREENSHOTS, shot), fullPage: false });
      await signOut();
    }
  });

  it('left nothing in the browser console', () => {
    expect(ui.consoleProblems).toEqual([]);
  });
});
