import { eventually, GraphQLTestClient } from '@birge/server-testing';
import { consumerQueue, Role, type PortalLinkIssuedPayload } from '@birge/shared-reference';
import { randomUUID } from 'node:crypto';
import { notificationsTestbed } from './support/notifications-testbed';

const issued = (overrides: Partial<PortalLinkIssuedPayload> = {}): PortalLinkIssuedPayload => ({
  linkId: randomUUID(),
  organizationId: randomUUID(),
  organizationName: 'Аялы жүрек',
  regionCode: '710000000',
  contactName: 'Әлия',
  email: 'aliya@example.kz',
  language: 'ru',
  url: 'https://birge.example.kz/#/portal?token=signed.token.value',
  expiresAt: '2027-01-06T09:00:00.000Z',
  actorId: 'staff-astana',
  ...overrides,
});

describe('notifications: portal links by e-mail', () => {
  const bed = notificationsTestbed({
    settings: {
      MAIL_FROM: 'Birge <no-reply@birge.kz>',
      MAIL_POLL_MS: '50',
    },
    smtp: {},
  });

  it('mails the link to the contact in the chosen language, through SMTP, once even when the event comes again', async () => {
    const event = await bed.events.publish('registry.portal-link-issued', issued());
    const mail = await eventually(async () => bed.smtp.messages.find((m) => m.messageId?.startsWith(`<${event.eventId}.`)));
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe('aliya@example.kz');
    expect(mail.subject).toBe('Ссылка на портал организации «Аялы жүрек»');
    expect(mail.text).toContain('Уважаемый(ая) Әлия,');
    expect(mail.text).toContain('https://birge.example.kz/#/portal?token=signed.token.value');
    expect(mail.html).toContain('href="https://birge.example.kz/#/portal?token=signed.token.value"');
    expect(mail.headers.get('content-language')).toBe('ru');

    await bed.events.redeliver(consumerQueue('registry.portal-link-issued', 'notifications'), event);
    await eventually(async () => ((await bed.events.completed(consumerQueue('registry.portal-link-issued', 'notifications'), event.eventId)) === 2 ? true : undefined));
    const rows = await bed.subgraph.dataSource.query(`SELECT kind, status FROM notifications.email_delivery WHERE event_id = $1`, [event.eventId]);
    expect(rows).toEqual([{ kind: 'PORTAL_LINK', status: 'SENT' }]);
  });

  it('lists the mail in the delivery log as PORTAL_LINK, in Kazakh when chosen', async () => {
    const event = await bed.events.publish('registry.portal-link-issued', issued({ language: 'kk', email: 'bolat@example.kz', contactName: null }));
    const mail = await eventually(async () => bed.smtp.messages.find((m) => m.messageId?.startsWith(`<${event.eventId}.`)));
    expect(mail.subject).toBe('«Аялы жүрек» ұйымының порталына сілтеме');
    expect(mail.text).toContain('Сәлеметсіз бе,');
    const admin = new GraphQLTestClient(bed.subgraph.url, { identity: { userId: 'republic-1', role: Role.REPUBLICAN_ADMIN, regionCode: null } });
    const log = await admin.data<{ emailDeliveries: { edges: { node: { kind: string; email: string } }[] } }>(
      `{ emailDeliveries(first: 10, filter: { kind: PORTAL_LINK }) { edges { node { kind email } } } }`,
    );
    expect(log.emailDeliveries.edges.map((e) => e.node.email).sort()).toEqual(['aliya@example.kz', 'bolat@example.kz']);
  });
});
