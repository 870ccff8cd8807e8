import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import type { Page } from 'playwright-core';
import { callGateway, DEMO_PORTAL_ORGANIZATION, ensureDemoPortalLink, GatewayCallError, loadDemoData, portalTokenOf, type RunningStack } from '@birge/stack';
import { SCREENSHOTS, useBrowserStack } from './support/browser-stack';
import { axeViolations, expectFitsPhone } from './support/checks';

jest.setTimeout(180_000);

const PORTAL_REQUESTS = '{ organizationPortal { requests { status canRate } } }';
const SUBMIT = 'mutation { organizationPortalSubmitRequest(input: { type: CONSULTATIVE, subtype: GRANT_AND_REPORTING_DOCUMENTS, description: "Тағы бір өтінім" }) { id } }';

/** The portal link in the mail the notifications service sent the contact, as the stack's SMTP catcher took it. */
async function linkFromMail(dir: string, to: string): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const mails = await Promise.all(readdirSync(dir).map((file) => simpleParser(readFileSync(path.join(dir, file)))));
    const mail = mails.find((one) => JSON.stringify(one.to ?? '').includes(to) && /#\/portal\?token=/.test(one.text ?? ''));
    const link = mail && /https?:\/\/\S*#\/portal\?token=\S+/.exec(mail.text ?? '')?.[0];
    if (link) return link;
    if (Date.now() > deadline) throw new Error(`no portal link mailed to ${to}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

describe("an organization's portal link in Chromium", () => {
  // The test clicks through the page and calls the gateway with the same link far faster than a
  // person: its budget is lifted here (the budget itself is tested at the gateway).
  const ui = useBrowserStack({ stack: { env: { PORTAL_RATE_LIMIT_PER_MINUTE: '600', PORTAL_RATE_LIMIT_BURST: '100' } } });
  let token: string;
  let linkUrl: string;
  let phone: Page;

  beforeAll(async () => {
    // The demo organizations and requests, as npm start loads them; the test gateway's development identity acts as staff.
    await loadDemoData(ui.stack.gatewayUrl);
  }, 300_000);

  it("issues npm start's demo link through the gateway, and the contact gets the same link by mail", async () => {
    const { stack } = ui;
    const stateFile = path.join(mkdtempSync(path.join(tmpdir(), 'birge-portal-')), 'demo-portal-link.json');
    // As npm start does: staff also take the organization's requests up, resolving one.
    const demo = await ensureDemoPortalLink(stack.gatewayUrl, null, stateFile, { moveRequests: true });
    expect(demo).toMatchObject({ organization: DEMO_PORTAL_ORGANIZATION, contactEmail: 'aliya@qamqor.example.kz', requests: 2, created: true });
    linkUrl = demo?.url ?? '';
    expect(linkUrl).toMatch(/^http:\/\/localhost:\d+\/#\/portal\?token=/);
    expect(await linkFromMail(stack.mail.dir, 'aliya@qamqor.example.kz')).toBe(linkUrl);
    token = portalTokenOf(linkUrl);
    // The next start prints the same link while it works.
    expect(await ensureDemoPortalLink(stack.gatewayUrl, null, stateFile, { moveRequests: true })).toMatchObject({ url: linkUrl, requests: 2, created: false });
    const { organizationPortal } = await callGateway<{ organizationPortal: { requests: { status: string; canRate: boolean }[] } }>(
      stack.gatewayUrl,
      { portal: token },
      PORTAL_REQUESTS,
    );
    expect(organizationPortal.requests.map(({ status, canRate }) => `${status} ${canRate}`).sort()).toEqual(['IN_PROGRESS false', 'RESOLVED true']);
  });

  it('opens without a staff sign-in: the organization, its requests and their way; submits a request and rates the resolved one', async () => {
    const { page, stack } = ui;
    await page.goto(`${stack.dashboardUrl}#/portal?token=${encodeURIComponent(token)}`);
    await page.getByRole('heading', { level: 1, name: DEMO_PORTAL_ORGANIZATION }).waitFor();
    await page.getByText('Сіз aliya@qamqor.example.kz атынан кірдіңіз.', { exact: false }).waitFor();
    const requests = page.getByTestId('portal-request');
    await requests.nth(1).waitFor();
    expect(await requests.count()).toBe(2);
    const resolved = requests.filter({ hasText: 'Шешілді,' });
    expect(await resolved.getByRole('list', { name: 'Өтінім барысы' }).textContent()).toContain('Шешілді');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'portal-01-organization.png'), fullPage: true });

    const form = page.getByTestId('portal-request-form');
    await form.getByRole('button', { name: 'Өтінім жіберу' }).click();
    await form.getByTestId('field-error-description').getByText('Міндетті өріс').waitFor();
    await form.getByLabel('Көмек түрі').selectOption('CONSULTATIVE');
    await form.getByLabel('Нақты не керек').selectOption('GRANT_AND_REPORTING_DOCUMENTS');
    await form.getByLabel('Сипаттама').fill('Жылдық есепті дайындауға кеңес керек');
    await form.getByRole('button', { name: 'Өтінім жіберу' }).click();
    await form.getByRole('status').getByText('Өтінім жіберілді.').waitFor();
    await requests.nth(2).waitFor();
    await page.getByTestId('portal-requests').getByText('Жылдық есепті дайындауға кеңес керек').waitFor();

    await resolved.getByRole('group', { name: 'Алған көмекті бағалаңыз' }).getByRole('button', { name: '5 баға' }).click();
    await resolved.getByText('Сіздің бағаңыз: 5 / 5').waitFor();
    expect(await resolved.getByRole('group', { name: 'Алған көмекті бағалаңыз' }).count()).toBe(0);
  });

  it('proposes a profile change for staff review, checked on the field first', async () => {
    const { page, stack } = ui;
    const form = page.getByTestId('portal-profile-form');
    await form.getByRole('button', { name: 'Тексеруге жіберу' }).click();
    await form.getByTestId('field-error-description').waitFor();
    await form.getByLabel('Ұйымның жаңа сипаттамасы').fill('Қарттар мен жалғызбасты аналарға апта сайын көмектесеміз');
    await form.getByLabel('Қазіргі волонтерлер саны').fill('25');
    await form.getByRole('button', { name: 'Тексеруге жіберу' }).click();
    await form.getByRole('status').getByText('Ұсыныс қарауға жіберілді.').waitFor();
    await form.getByTestId('portal-pending-proposals').getByText('Қарауда: 1').waitFor();
    const proposals = await callGateway<{ profileChangeProposals: { status: string; volunteerCount: number | null }[] }>(
      stack.gatewayUrl,
      null,
      'query($id: ID!) { profileChangeProposals(organizationId: $id) { status volunteerCount } }',
      { id: await organizationId(stack) },
    );
    expect(proposals.profileChangeProposals).toEqual([{ status: 'PENDING', volunteerCount: 25 }]);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'portal-02-submitted.png'), fullPage: true });
  });

  it('does not scroll sideways on a 390-pixel phone, and passes axe there too', async () => {
    const { stack } = ui;
    // Kept open for the revoked link below: the packaged Chromium runs in one process.
    phone = await ui.newPage();
    await phone.goto(`${stack.dashboardUrl}#/portal?token=${encodeURIComponent(token)}`);
    await phone.getByTestId('portal-request').nth(2).waitFor();
    await expectFitsPhone(phone, path.join(SCREENSHOTS, 'portal-03-390.png'));
  });

  it('refuses the link at once once staff revoke it: the next assistance operation, then the page, say it was revoked', async () => {
    const { stack, consoleProblems } = ui;
    const id = await organizationId(stack);
    const links = await callGateway<{ organizationPortalLinks: { id: string; status: string }[] }>(
      stack.gatewayUrl,
      null,
      'query($id: ID!) { organizationPortalLinks(organizationId: $id) { id status } }',
      { id },
    );
    const [link] = links.organizationPortalLinks;
    // The link has just been used (the gateway has seen it as active): revoked now, refused on the very next call.
    await callGateway(stack.gatewayUrl, { portal: token }, PORTAL_REQUESTS);
    await callGateway(stack.gatewayUrl, null, 'mutation($id: ID!) { revokeOrganizationPortalLink(id: $id) { id status } }', { id: link?.id });
    const refused = await callGateway(stack.gatewayUrl, { portal: token }, SUBMIT).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(GatewayCallError);
    expect(refused).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'PORTAL_LINK_REVOKED' });

    // The page at phone width: the browser logs the gateway's 401 as a failed resource, which is expected here and nothing else.
    const before = consoleProblems.length;
    await phone.goto('about:blank');
    await phone.goto(linkUrl.replace(/^http:\/\/localhost:\d+\//, stack.dashboardUrl ?? ''));
    await phone.getByTestId('portal-refusal').getByText('Сілтеме жойылды: фронт-офистен жаңасын сұраңыз.').waitFor();
    expect(await phone.getByRole('heading', { level: 1 }).textContent()).toBe('Ұйым порталы');
    expect(await phone.getByTestId('portal-request-form').count()).toBe(0);
    await expectFitsPhone(phone, path.join(SCREENSHOTS, 'portal-04-revoked-390.png'));
    expect(consoleProblems.splice(before).filter((problem) => !/status of 401/.test(problem))).toEqual([]);
  });

  it('reported no console errors or warnings', () => {
    expect(ui.consoleProblems).toEqual([]);
  });
});

async function organizationId(stack: RunningStack): Promise<string> {
  const found = await callGateway<{ organizations: { edges: { node: { id: string; name: string } }[] } }>(
    stack.gatewayUrl,
    null,
    'query($filter: OrganizationFilter) { organizations(first: 10, filter: $filter) { edges { node { id name } } } }',
    { filter: { nameContains: 'Қамқор' } },
  );
  const organization = found.organizations.edges.find(({ node }) => node.name === DEMO_PORTAL_ORGANIZATION);
  if (!organization) throw new Error('the demo organization is missing');
  return organization.node.id;
}
