import { createLogger, EventBus } from '@birge/server-kit';
import { AssistanceRequestStatus, AssistanceSubtype, AssistanceType, type AssistanceRequestSubmittedPayload } from '@birge/shared-reference';
import { simpleParser } from 'mailparser';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { callGateway, signIn } from '../gateway-client';
import { startStack, type RunningStack } from '../stack';
import { sleep } from './load';

const ASTANA = '710000000';
/** Two members of the Astana front office: each event is one notification in each inbox and one email to each. */
const STAFF = [
  { email: 'r3-aigerim@front.birge.kz', name: 'Айгерім (R3)', language: 'kk', password: 'r3-fault-password-kk' },
  { email: 'r3-ivan@front.birge.kz', name: 'Иван (R3)', language: 'ru', password: 'r3-fault-password-ru' },
] as const;

export interface R3Figures {
  kills: number;
  /** Events published while the worker was being killed. */
  events: number;
  /** Notification rows of those events, distinct events among them, and the difference. */
  inboxRows: number;
  duplicates: number;
  missing: number;
  /** What each staff member's inbox (notifications through the gateway, signed in) counts of them. */
  inboxes: number[];
  /** Emails expected (one per event and staff member), caught by the mail catcher, distinct Message-IDs among them. */
  emails: { expected: number; caught: number; distinct: number; missing: number };
  /** Emails caught more than once (a send the worker was killed in before it logged it): each carried its event's Message-ID again. */
  repeatsRecognised: number;
  /** Caught emails whose Message-ID is not the one the delivery log derived from their event and recipient. */
  foreignMessageIds: number;
  /** Deliveries of the log not SENT at the end. */
  unsent: number;
  /** From the last kill to every notification and email settled. */
  settledAfterMs: number;
}

const submitted = (): AssistanceRequestSubmittedPayload => {
  const requestId = randomUUID();
  const organizationId = randomUUID();
  return {
    requestId,
    organizationId,
    regionCode: ASTANA,
    type: AssistanceType.CONSULTATIVE,
    subtype: AssistanceSubtype.GRANT_AND_REPORTING_DOCUMENTS,
    status: AssistanceRequestStatus.NEW,
    state: {} as AssistanceRequestSubmittedPayload['state'],
    actorId: null,
  };
};

/**
 * R3: kill the notifications worker (the notifications service, which consumes the events and
 * sends the emails) `kills` times with SIGKILL in the middle of its work, under a stream of events
 * (assistance.request-submitted for Astana, published in batches of 10 straight onto the event
 * bus, `eventsPerKill` before each kill, so the run's size does not depend on the machine's
 * speed); the stack's supervisor restarts it each time. Then: every event must be in each inbox
 * exactly once, and every email sent at least once with the Message-ID derived from its event,
 * so a repeat is recognisable.
 */
export async function faultR3(options: { kills: number; eventsPerKill: number; stack?: RunningStack }): Promise<R3Figures> {
  const stack =
    options.stack ??
    (await startStack({
      logLevel: 'warn',
      // A short lease: an email taken by a killed worker is taken again within seconds.
      env: { NODE_ENV: 'test', MAIL_POLL_MS: '100', MAIL_LEASE_MS: '3000', MAIL_RETRY_BASE_MS: '200', MAIL_BATCH_SIZE: '10' },
      supervise: () => undefined,
      restartBackoffMs: { initial: 100, max: 500 },
    }));
  const dataSource = new DataSource({ type: 'postgres', url: stack.databaseUrl, poolSize: 2 });
  let bus: EventBus | null = null;
  try {
    await dataSource.initialize();
    bus = await EventBus.start({ url: stack.databaseUrl, logger: createLogger('fault-r3', 'silent') });
    const staff = [];
    for (const person of STAFF) {
      const { createStaffAccount } = await callGateway<{ createStaffAccount: { id: string } }>(
        stack.gatewayUrl,
        null,
        'mutation($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id } }',
        { input: { email: person.email, name: person.name, role: 'REGIONAL_STAFF', regionCode: ASTANA, language: person.language, password: person.password } },
      );
      staff.push({ id: createStaffAccount.id, token: await signIn(stack.gatewayUrl, person.email, person.password) });
    }
    const count = async (sql: string, params: unknown[] = []) => ((await dataSource.query(sql, params)) as { n: number }[])[0].n;
    // The worker knows both before the stream starts (their account events are consumed).
    while ((await count(`SELECT count(*)::int AS n FROM notifications.recipient WHERE account_id = ANY($1)`, [staff.map((s) => s.id)])) < staff.length) await sleep(100);

    const eventIds: string[] = [];
    /** Publishes `count` events in batches of 10, 100 ms apart: a stream while the worker runs and dies. */
    const stream = async (count: number) => {
      for (let left = count; left > 0; left -= 10) {
        const envelopes = await dataSource.transaction((manager) =>
          bus!.publishMany(manager, 'assistance.request-submitted', Array.from({ length: Math.min(10, left) }, submitted)),
        );
        eventIds.push(...envelopes.map((e) => e.eventId));
        await sleep(100);
      }
    };
    const ours = `event_id = ANY($1::uuid[])`;
    const handled = () => count(`SELECT count(*)::int AS n FROM notifications.notification WHERE ${ours}`, [eventIds]);
    const sent = () => count(`SELECT count(*)::int AS n FROM notifications.email_delivery WHERE ${ours} AND status = 'SENT'`, [eventIds]);
    const sending = () => count(`SELECT count(*)::int AS n FROM notifications.email_delivery WHERE ${ours} AND status = 'SENDING' AND lease_until > now()`, [eventIds]);

    for (let kill = 0; kill < options.kills; kill++) {
      const worker = stack.processes.get('notifications')!;
      const [handledBefore, sentBefore] = [await handled(), await sent()];
      const streaming = stream(options.eventsPerKill);
      // Mid-batch: the worker is handling events and sending mail when it is killed, while more arrive;
      // best in the middle of a batch of mail it has taken (some sent, not yet logged), for at most 5 s.
      while ((await handled()) < handledBefore + Math.min(5, options.eventsPerKill) || (await sent()) < sentBefore + 2) await sleep(20);
      const patience = Date.now() + 5000;
      while (Date.now() < patience && (await sending()) === 0) await sleep(10);
      worker.child.kill('SIGKILL');
      await new Promise((resolve) => (worker.child.exitCode !== null || worker.child.signalCode !== null ? resolve(null) : worker.child.once('exit', resolve)));
      // The supervisor starts it again; wait until it is a new process that says it is ready.
      while (stack.processes.get('notifications') === worker) await sleep(50);
      while (
        !(await fetch(stack.urls.notifications.replace(/\/graphql$/, '/readyz')).then(
          (r) => r.ok,
          () => false,
        ))
      )
        await sleep(50);
      await streaming;
    }
    const lastKillAt = performance.now();

    const events = eventIds.length;
    const expectedEmails = events * staff.length;
    const deadline = Date.now() + 180_000;
    while (Date.now() < deadline && ((await handled()) < events || (await sent()) < expectedEmails)) await sleep(200);
    const settledAfterMs = Math.round(performance.now() - lastKillAt);
    // Mail the catcher took just before the last row was marked sent is on disk by now.
    await sleep(500);

    const rows = await dataSource.query(`SELECT count(*)::int AS rows, count(DISTINCT event_id)::int AS distinct FROM notifications.notification WHERE ${ours}`, [eventIds]);
    const inboxes = [];
    for (const person of staff) {
      const data = await callGateway<{ notifications: { totalCount: number } }>(
        stack.gatewayUrl,
        { bearer: person.token },
        '{ notifications(first: 1, filter: { kind: ASSISTANCE_REQUEST_SUBMITTED }) { totalCount } }',
      );
      inboxes.push(data.notifications.totalCount);
    }
    const deliveries: { messageId: string; eventId: string }[] = await dataSource.query(
      `SELECT message_id AS "messageId", event_id AS "eventId" FROM notifications.email_delivery WHERE ${ours}`,
      [eventIds],
    );
    const expectedIds = new Set(deliveries.filter((d) => d.messageId.startsWith(`<${d.eventId}.`)).map((d) => d.messageId));
    const caughtIds: string[] = [];
    for (const file of readdirSync(stack.mail.dir).filter((name) => name.endsWith('.eml'))) {
      const mail = await simpleParser(readFileSync(path.join(stack.mail.dir, file)));
      if (mail.headers.get('x-birge-notification-kind') === 'ASSISTANCE_REQUEST_SUBMITTED' && mail.messageId) caughtIds.push(mail.messageId);
    }
    const distinct = new Set(caughtIds);
    return {
      kills: options.kills,
      events,
      inboxRows: rows[0].rows,
      duplicates: rows[0].rows - rows[0].distinct,
      missing: events - rows[0].distinct,
      inboxes,
      emails: {
        expected: expectedEmails,
        caught: caughtIds.length,
        distinct: distinct.size,
        missing: [...expectedIds].filter((id) => !distinct.has(id)).length + (expectedEmails - expectedIds.size),
      },
      repeatsRecognised: caughtIds.length - distinct.size,
      foreignMessageIds: [...distinct].filter((id) => !expectedIds.has(id)).length,
      unsent: await count(`SELECT count(*)::int AS n FROM notifications.email_delivery WHERE ${ours} AND status <> 'SENT'`, [eventIds]),
      settledAfterMs,
    };
  } finally {
    await bus?.stop();
    if (dataSource.isInitialized) await dataSource.destroy();
    if (!options.stack) await stack.stop();
  }
}
