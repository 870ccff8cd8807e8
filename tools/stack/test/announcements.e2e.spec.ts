import { GraphQLTestClient } from '@birge/server-testing';
import { simpleParser, type ParsedMail } from 'mailparser';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AnnouncementFigures } from '../../../apps/notifications/src/modules/announcement/announcement.type';
import { DEMO_SENT_ANNOUNCEMENT, loadDemoAnnouncements } from '../src/demo-announcements';
import { loadDemoData } from '../src/demo-data';
import { demoStack } from './support/demo-sign-ins';

jest.setTimeout(240_000);

async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what} is missing`);
  return value;
}

const LIST = `{ announcements(first: 10) { totalCount edges { node { id title status scheduledAt figures { audience sent failed pending unsubscribed staffNotified } } } } }`;
type List = { announcements: { totalCount: number; edges: { node: { id: string; title: string; status: string; scheduledAt: string | null; figures: AnnouncementFigures } }[] } };

/**
 * Announcements end to end through the gateway with every service running and real sign-ins: the
 * demo `npm start` loads (consent recorded in the registry, told to notifications by events; one
 * announcement sent, one scheduled), the mail as the stack's SMTP catcher took it (language,
 * List-Unsubscribe), the one-click unsubscribe and the dashboard page's mutation, the figures, the
 * staff's inbox, and what analysts may and may not do.
 */
describe('announcements, end to end through the gateway and SMTP', () => {
  const demo = demoStack({ env: { ANNOUNCEMENT_POLL_MS: '1000' } });
  let anonymous: GraphQLTestClient;

  beforeAll(async () => {
    anonymous = new GraphQLTestClient(demo.stack.gatewayUrl, { unsigned: true });
  });

  const caught = async (): Promise<ParsedMail[]> =>
    Promise.all(
      readdirSync(demo.stack.mail.dir)
        .filter((file) => file.endsWith('.eml'))
        .map((file) => simpleParser(readFileSync(path.join(demo.stack.mail.dir, file)))),
    );

  it('sends the demo announcement to consenting contacts in Kazakh with List-Unsubscribe; unsubscribing is recorded and counted', async () => {
    await loadDemoData(demo.stack.gatewayUrl, demo.adminToken);
    const asAdmin = <T>(query: string, variables?: Record<string, unknown>) => demo.admin.data<T>(query, variables);
    const loaded = await loadDemoAnnouncements(asAdmin);
    expect(loaded).toMatchObject({ loaded: true, announcements: 2 });
    expect(loaded.consenting).toBeGreaterThan(0);
    expect((await loadDemoAnnouncements(asAdmin)).loaded).toBe(false);

    const list = (await demo.admin.data<List>(LIST)).announcements;
    expect(list.edges.map((edge) => edge.node.status).sort()).toEqual(['SCHEDULED', 'SENT']);
    const sent = must(
      list.edges.find((edge) => edge.node.status === 'SENT'),
      'the sent announcement',
    ).node;
    expect(sent.figures.audience).toBeGreaterThan(0);

    const subject = `Грант: ${DEMO_SENT_ANNOUNCEMENT.title}`;
    const mails = await eventually(async () => {
      const found = (await caught()).filter((mail) => mail.subject === subject);
      return found.length === sent.figures.audience ? found : undefined;
    });
    const mail = mails[0];
    expect(mail.headers.get('content-language')).toBe('kk');
    expect(mail.text).toContain('Өтінім беру мерзімі — 20 желтоқсан.');
    expect(mail.text).toContain('Республикалық фронт-офис');
    const line = (key: string) => mail.headerLines.find((h) => h.key === key)?.line ?? '';
    expect(line('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    const header = /<([^>]+)>/.exec(line('list-unsubscribe'))?.[1];
    expect(header).toMatch(/\/unsubscribe\?token=/);
    const token = must(new URL(must(header, 'List-Unsubscribe')).searchParams.get('token'), 'the token');
    expect(mail.text).toContain(`/#/unsubscribe?token=${encodeURIComponent(token)}`);

    // The figures follow the delivery log: every e-mail taken by the SMTP server.
    await eventually(async () => {
      const node = must(
        (await demo.admin.data<List>(LIST)).announcements.edges.find((edge) => edge.node.id === sent.id),
        'the sent announcement',
      ).node;
      return node.figures.sent === sent.figures.audience ? true : undefined;
    });

    // One click in the mail client: the public route of the notifications service.
    const route = `${demo.stack.urls.notifications.replace(/\/graphql$/, '')}/unsubscribe?token=${encodeURIComponent(token)}`;
    const answer = await fetch(route, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(answer.status).toBe(200);
    // The dashboard's page, for someone not signed in: the same address, recorded once.
    const again = await anonymous.data<{ unsubscribeFromAnnouncements: string }>('mutation($token: String!) { unsubscribeFromAnnouncements(token: $token) }', { token });
    expect(again.unsubscribeFromAnnouncements).toMatch(/^.\*\*\*@/);
    const forged = await anonymous.request('mutation { unsubscribeFromAnnouncements(token: "forged.token") }');
    expect(forged.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const after = must(
      (await demo.admin.data<List>(LIST)).announcements.edges.find((edge) => edge.node.id === sent.id),
      'the sent announcement',
    ).node;
    expect(after.figures.unsubscribed).toBe(1);
    const audience = await demo.admin.data<{ announcementAudience: { emails: number; unsubscribed: number } }>(
      'query($target: AnnouncementTargetInput!) { announcementAudience(target: $target) { emails unsubscribed } }',
      { target: DEMO_SENT_ANNOUNCEMENT.target },
    );
    expect(audience.announcementAudience).toEqual({ emails: sent.figures.audience - 1, unsubscribed: 1 });
  });

  it("tells the region's staff in the app, lets analysts read the figures but not compose, and shows no address to them", async () => {
    const inbox = await demo.staff.data<{ notifications: { edges: { node: { kind: string } }[] } }>(
      '{ notifications(first: 20, filter: { kind: ANNOUNCEMENT }) { edges { node { kind } } } }',
    );
    expect(inbox.notifications.edges.length).toBe(1);
    const read = await demo.analyst.data<List>(LIST);
    expect(read.announcements.totalCount).toBe(2);
    expect(JSON.stringify(read)).not.toMatch(/@/);
    const compose = await demo.analyst.request('query { announcementAudience(target: {}) { emails } }');
    expect(compose.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'READ_ONLY_ROLE' });
  });
});
