import type { EntityManager } from 'typeorm';
import type { NotificationFacts } from '../notification/notification-shape';
import { emailsAtOnce } from '../preferences/preferences.service';
import { messageIdFor } from './message-id';

interface Addressee {
  accountId: string;
  email: string;
  language: string;
}

/**
 * Who gets a notification by email, from the recipients identity told about (never identity's
 * tables): the person it is for; for the region's office, its regional staff (national roles read
 * every region's office notifications in the app, not in their mail); for the republican office,
 * its administrators. Never the actor, never a deactivated account or one without an address.
 */
async function addressees(manager: EntityManager, facts: NotificationFacts): Promise<Addressee[]> {
  const params: unknown[] = [facts.actorId];
  let who: string;
  if (facts.recipientId !== null) {
    params.push(facts.recipientId);
    who = 'account_id = $2';
  } else if ((facts.audience ?? 'OFFICE') === 'REPUBLICAN') {
    who = `role = 'REPUBLICAN_ADMIN'`;
  } else {
    if (!facts.regionCode) return [];
    params.push(facts.regionCode);
    who = `role = 'REGIONAL_STAFF' AND region_code = $2`;
  }
  // Those who chose a digest (or nothing) by e-mail for this kind get it from the digest job instead.
  const atOnce = emailsAtOnce('recipient.account_id', `$${params.push(facts.kind)}`);
  return manager.query(
    `SELECT account_id AS "accountId", email, language FROM notifications.recipient
     WHERE active AND email IS NOT NULL AND account_id IS DISTINCT FROM $1 AND ${who} AND ${atOnce}
     ORDER BY account_id`,
    params,
  );
}

/**
 * Queues the emails of a notification just written, in its transaction: one per recipient, each
 * with its event-derived Message-ID. The unique (event_id, recipient_id) makes queueing twice a
 * no-op. @returns how many were queued.
 */
export async function queueEmails(manager: EntityManager, notificationId: string, eventId: string, facts: NotificationFacts): Promise<number> {
  const to = await addressees(manager, facts);
  if (!to.length) return 0;
  const rows: unknown[] = await manager.query(
    `INSERT INTO notifications.email_delivery (event_id, recipient_id, notification_id, kind, email, language, message_id)
     SELECT $1, r.account_id, $2, $3, r.email, r.language, r.message_id
     FROM unnest($4::text[], $5::text[], $6::text[], $7::text[]) AS r (account_id, email, language, message_id)
     ON CONFLICT DO NOTHING RETURNING 1`,
    [eventId, notificationId, facts.kind, to.map((a) => a.accountId), to.map((a) => a.email), to.map((a) => a.language), to.map((a) => messageIdFor(eventId, a.accountId))],
  );
  return rows.length;
}
