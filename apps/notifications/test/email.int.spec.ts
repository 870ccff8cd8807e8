import { AssistanceRequestStatus, AssistanceSubtype, AssistanceType, NeedKind, NeedTheme, ReportPeriodType, Role, type Identity } from '@birge/shared-reference';
import { assistanceRequestState, eventually, GraphQLTestClient } from '@birge/server-testing';
import type { ParsedMail } from 'mailparser';
import { randomUUID } from 'node:crypto';
import { messageIdFor } from '../src/modules/email/message-id';
import { ALMATY, ASTANA, accountCreated, notificationsTestbed } from './support/notifications-testbed';

const DELIVERIES = `query($filter: EmailDeliveryFilter) { emailDeliveries(first: 50, filter: $filter) {
  totalCount edges { node { kind status email language messageId attempts failureReason responseCode lastAttemptAt sentAt } } } }`;
interface Delivery {
  kind: string;
  status: string;
  email: string;
  language: string;
  messageId: string;
  attempts: number;
  failureReason: string | null;
  responseCode: number | null;
}

describe('notifications by email through SMTP', () => {
  const bed = notificationsTestbed({
    settings: {
      MAIL_FROM: 'Birge <no-reply@birge.kz>',
      DASHBOARD_URL: 'https://birge.example.kz',
      MAIL_POLL_MS: '50',
      MAIL_RETRY_BASE_MS: '100',
      MAIL_MAX_ATTEMPTS: '5',
    },
    // Almaty's "busy" mailbox is refused twice for now (4xx), "gone" for good (5xx).
    smtp: {
      refuse: (address, attempt) => {
        if (address.startsWith('busy') && attempt <= 2) return { code: 451, message: '4.3.2 Mailbox busy, try again later' };
        if (address.startsWith('gone')) return { code: 550, message: '5.1.1 No such mailbox here' };
        return null;
      },
    },
  });
  let admin: GraphQLTestClient;

  beforeAll(async () => {
    admin = new GraphQLTestClient(bed.subgraph.url, { identity: { userId: 'republic-1', role: Role.REPUBLICAN_ADMIN, regionCode: null } });
    for (const payload of [
      accountCreated('republic-1', 'ru', Role.REPUBLICAN_ADMIN, null),
      accountCreated('aigerim', 'kk', Role.REGIONAL_STAFF, ASTANA),
      accountCreated('ivan', 'ru', Role.REGIONAL_STAFF, ASTANA),
      accountCreated('emma', 'en', Role.REGIONAL_STAFF, ASTANA),
      accountCreated('busy', 'kk', Role.REGIONAL_STAFF, ALMATY),
      accountCreated('gone', 'en', Role.REGIONAL_STAFF, ALMATY),
      accountCreated('analyst-1', 'en', Role.ANALYST, null),
    ]) {
      await bed.events.publish('identity.account-created', payload);
    }
    await eventually(async () => ((await bed.subgraph.dataSource.query(`SELECT count(*)::int AS n FROM notifications.recipient`))[0].n === 7 ? true : undefined));
  });

  const mailsOf = (messageId: string): ParsedMail[] => bed.smtp.messages.filter((m) => m.messageId === messageId);

  it("sends a status change to the region's staff but the actor, each in their language, text and HTML, signed by the front office, with a Message-ID of the event", async () => {
    const requestId = randomUUID();
    const base = { requestId, organizationId: randomUUID(), regionCode: ASTANA };
    const event = await bed.events.publish('assistance.request-status-changed', {
      ...base,
      from: AssistanceRequestStatus.NEW,
      to: AssistanceRequestStatus.TRIAGED,
      state: assistanceRequestState({ ...base, status: AssistanceRequestStatus.TRIAGED }),
      actorId: 'ivan',
    });
    const kk = await eventually(async () => mailsOf(messageIdFor(event.eventId, 'aigerim'))[0]);
    const en = await eventually(async () => mailsOf(messageIdFor(event.eventId, 'emma'))[0]);

    expect(kk.subject).toBe('Сұрау мәртебесі өзгерді: «Жаңа» → «Қаралды»');
    expect(kk.text).toContain('Сәлеметсіз бе, Name aigerim!');
    expect(kk.text).toContain('«Жаңа» мәртебесінен «Қаралды» мәртебесіне');
    expect(kk.text).toContain('Астана фронт-офисі');
    expect(kk.html).toContain('<a href="https://birge.example.kz/#/notifications">');
    expect(kk.html).toContain('lang="kk"');
    expect(kk.headers.get('content-language')).toBe('kk');
    expect((kk.to as { text: string }).text).toBe('aigerim@front.birge.kz');
    expect((kk.from as { text: string }).text).toContain('no-reply@birge.kz');

    expect(en.subject).toBe('Request status changed: "New" → "Triaged"');
    expect(en.text).toContain('moved from "New" to "Triaged"');
    expect(en.text).toContain('The Astana front office');

    // The actor is not told, Almaty's staff are not told, and neither are national roles by mail.
    const ofEvent = bed.smtp.messages.filter((m) => m.messageId?.startsWith(`<${event.eventId}.`));
    expect(ofEvent).toHaveLength(2);

    // The same event again: nothing more is queued or sent.
    await bed.events.redeliver('notifications.request-status-changed', event);
    await eventually(async () => ((await bed.events.completed('notifications.request-status-changed', event.eventId)) === 2 ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(bed.smtp.messages.filter((m) => m.messageId?.startsWith(`<${event.eventId}.`))).toHaveLength(2);
  });

  it('tries a temporarily refused email again with backoff until it is taken, and logs a permanent refusal with the server’s reason', async () => {
    const requestId = randomUUID();
    const base = { requestId, organizationId: randomUUID(), regionCode: ALMATY };
    const event = await bed.events.publish('assistance.request-submitted', {
      ...base,
      type: AssistanceType.CONSULTATIVE,
      subtype: AssistanceSubtype.GRANT_AND_REPORTING_DOCUMENTS,
      status: AssistanceRequestStatus.NEW,
      state: assistanceRequestState({ ...base }),
      actorId: null,
    });
    const busy = await eventually(async () => mailsOf(messageIdFor(event.eventId, 'busy'))[0]);
    expect(busy.subject).toContain('Жаңа көмек сұрауы');
    expect(bed.smtp.refusals.get('busy@front.birge.kz')).toBe(2);

    const log = await eventually(async () => {
      const data = await admin.data<{ emailDeliveries: { edges: { node: Delivery }[] } }>(DELIVERIES, { filter: { kind: 'ASSISTANCE_REQUEST_SUBMITTED' } });
      const nodes = data.emailDeliveries.edges.map((e) => e.node);
      return nodes.length === 2 && nodes.every((n) => n.status === 'SENT' || n.status === 'FAILED') ? nodes : undefined;
    });
    const sent = log.find((n) => n.email === 'busy@front.birge.kz')!;
    expect(sent).toMatchObject({ status: 'SENT', attempts: 3, language: 'kk', messageId: messageIdFor(event.eventId, 'busy'), responseCode: 250 });
    const failed = log.find((n) => n.email === 'gone@front.birge.kz')!;
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 1, responseCode: 550, language: 'en' });
    expect(failed.failureReason).toContain('No such mailbox here');
    expect(bed.smtp.messages.some((m) => m.messageId === messageIdFor(event.eventId, 'gone'))).toBe(false);

    const onlyFailed = await admin.data<{ emailDeliveries: { totalCount: number; edges: { node: Delivery }[] } }>(DELIVERIES, { filter: { status: 'FAILED' } });
    expect(onlyFailed.emailDeliveries.edges.every((e) => e.node.status === 'FAILED')).toBe(true);
    expect(onlyFailed.emailDeliveries.totalCount).toBeGreaterThanOrEqual(1);
  });

  it('tells the republican office of an escalated need and a new account by mail; the region hears of a report returned', async () => {
    const need = await bed.events.publish('analytics.need-escalated', {
      needId: randomUUID(),
      regionCode: ALMATY,
      districtCode: null,
      theme: NeedTheme.FUNDING,
      kind: NeedKind.MOVEMENT,
      escalatedBy: 'busy',
      escalatedAt: new Date().toISOString(),
    });
    const toAdmin = await eventually(async () => mailsOf(messageIdFor(need.eventId, 'republic-1'))[0]);
    expect(toAdmin.subject).toBe('Алматы: потребность передана в республиканский офис');
    expect(toAdmin.text).toContain('республиканский фронт-офис\nBirge');
    // Nobody else is written to: the region's staff do not get what is for the republican office.
    expect(bed.smtp.messages.filter((m) => m.messageId?.startsWith(`<${need.eventId}.`))).toHaveLength(1);

    const returned = await bed.events.publish('analytics.report-returned', {
      reportId: randomUUID(),
      formId: randomUUID(),
      formVersion: 1,
      formTitle: { kk: 'Тоқсандық есеп', ru: 'Квартальный отчёт', en: 'Quarterly report' },
      regionCode: ASTANA,
      periodType: ReportPeriodType.QUARTER,
      period: '2026-Q3',
      dueOn: '2026-10-10',
      actorId: 'republic-1',
      returnedAt: new Date().toISOString(),
    });
    const ru = await eventually(async () => mailsOf(messageIdFor(returned.eventId, 'ivan'))[0]);
    expect(ru.subject).toBe('Отчёт возвращён: Квартальный отчёт, 2026-Q3');
    // Astana's three staff; not the republican office, whose action it was.
    await eventually(async () => (bed.smtp.messages.filter((m) => m.messageId?.startsWith(`<${returned.eventId}.`)).length === 3 ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(bed.smtp.messages.filter((m) => m.messageId?.startsWith(`<${returned.eventId}.`))).toHaveLength(3);
  });

  it('sends again, with the same Message-ID, an email whose sender died before it logged it', async () => {
    const requestId = randomUUID();
    const base = { requestId, organizationId: randomUUID(), regionCode: ASTANA };
    const event = await bed.events.publish('assistance.request-overdue', {
      ...base,
      subtype: AssistanceSubtype.GRANT_AND_REPORTING_DOCUMENTS,
      dueAt: new Date().toISOString(),
      assigneeId: 'emma',
    });
    const messageId = messageIdFor(event.eventId, 'emma');
    await eventually(async () => mailsOf(messageId)[0]);
    await eventually(async () =>
      (await bed.subgraph.dataSource.query(`SELECT status FROM notifications.email_delivery WHERE message_id = $1`, [messageId]))[0]?.status === 'SENT' ? true : undefined,
    );
    // As a sender killed between the server's 250 and its own log would leave it: taken, its lease run out.
    await bed.subgraph.dataSource.query(`UPDATE notifications.email_delivery SET status = 'SENDING', lease_until = now() - interval '1 second' WHERE message_id = $1`, [messageId]);
    const copies = await eventually(async () => (mailsOf(messageId).length === 2 ? mailsOf(messageId) : undefined));
    expect(copies.map((m) => m.messageId)).toEqual([messageId, messageId]);
    expect(copies[1].subject).toBe(copies[0].subject);
    const [row] = await bed.subgraph.dataSource.query(`SELECT status, attempts FROM notifications.email_delivery WHERE message_id = $1`, [messageId]);
    expect(row).toEqual({ status: 'SENT', attempts: 2 });
  });

  it('shows the delivery log to republican administrators only', async () => {
    const staff: Identity = { userId: 'aigerim', role: Role.REGIONAL_STAFF, regionCode: ASTANA };
    const refused = await new GraphQLTestClient(bed.subgraph.url, { identity: staff }).request(DELIVERIES);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const analyst = await new GraphQLTestClient(bed.subgraph.url, { identity: { userId: 'analyst-1', role: Role.ANALYST, regionCode: null } }).request(DELIVERIES);
    expect(analyst.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const period = await admin.request(DELIVERIES, { filter: { from: '2026-01-02T00:00:00Z', to: '2026-01-01T00:00:00Z' } });
    expect(period.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
