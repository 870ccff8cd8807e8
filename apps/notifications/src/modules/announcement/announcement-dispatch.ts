import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { messageIdFor } from '../email/message-id';
import { audienceAddresses } from './announcement-audience';
import { unsubscribePage, type AnnouncementConfig } from './announcement.config';
import { renderAnnouncementEmail } from './announcement-email';
import type { AnnouncementRow } from './announcement.store';
import { toAnnouncement } from './announcement.store';
import { unsubscribeToken } from './unsubscribe-token';

/** The delivery log's recipient of an announcement email: the address, hashed (the log shows the address itself to administrators only). */
const recipientKey = (email: string) => `contact:${createHash('sha256').update(email).digest('hex').slice(0, 24)}`;

/**
 * Sends an announcement, in the caller's transaction (the row locked): one email per consenting,
 * subscribed address of the target, queued in the one mail queue (the delivery log) with its
 * content, its List-Unsubscribe headers and a Message-ID derived from the announcement and the
 * address; one in-app notification per targeted region for its staff; the figures' audience.
 * Queueing twice is a no-op (the unique (event, recipient) of the log).
 */
export async function dispatchAnnouncement(
  manager: EntityManager,
  row: AnnouncementRow,
  config: AnnouncementConfig,
  actorId: string | null,
): Promise<{ emails: number; staff: number }> {
  const announcement = toAnnouncement(row);
  const addresses = await audienceAddresses(manager, announcement.target);
  const page = unsubscribePage(config);
  const mails = addresses.map((address) => {
    const token = unsubscribeToken({ announcementId: row.id, email: address.email }, config.UNSUBSCRIBE_SECRET);
    const rendered = renderAnnouncementEmail({
      topic: row.topic,
      language: row.language,
      title: row.title,
      body: row.body,
      link: row.link,
      ownerRegionCode: row.owner_region_code,
      organizationName: address.organizationName,
      unsubscribeUrl: `${page}?token=${encodeURIComponent(token)}`,
      unsubscribePostUrl: `${config.UNSUBSCRIBE_POST_URL}?token=${encodeURIComponent(token)}`,
    });
    return { ...address, ...rendered, recipient: recipientKey(address.email), messageId: messageIdFor(row.id, address.email) };
  });
  if (mails.length) {
    await manager.query(
      `WITH queued AS (
         INSERT INTO notifications.email_delivery (event_id, recipient_id, kind, email, language, message_id, subject, text_body, html_body, headers)
         SELECT $1, m.recipient, 'ANNOUNCEMENT', m.email, $2, m.message_id, m.subject, m.text_body, m.html_body, m.headers
         FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::jsonb[]) AS m (recipient, email, message_id, subject, text_body, html_body, headers)
         ON CONFLICT DO NOTHING RETURNING id, email)
       INSERT INTO notifications.announcement_recipient (announcement_id, email, organization_id, delivery_id)
       SELECT $1, m.email, m.organization_id, q.id
       FROM unnest($4::text[], $10::uuid[]) AS m (email, organization_id) LEFT JOIN queued q ON q.email = m.email
       ON CONFLICT DO NOTHING`,
      [
        row.id,
        row.language,
        mails.map((m) => m.recipient),
        mails.map((m) => m.email),
        mails.map((m) => m.messageId),
        mails.map((m) => m.subject),
        mails.map((m) => m.text),
        mails.map((m) => m.html),
        mails.map((m) => JSON.stringify(m.headers)),
        mails.map((m) => m.organizationId),
      ],
    );
  }
  // In the app: the staff of every targeted region (every region when none is named).
  const regions: { region_code: string }[] = announcement.target.regionCodes.length
    ? announcement.target.regionCodes.map((region_code) => ({ region_code }))
    : await manager.query(`SELECT DISTINCT region_code FROM notifications.recipient WHERE active AND role = 'REGIONAL_STAFF' AND region_code IS NOT NULL`);
  await manager.query(
    `INSERT INTO notifications.notification (event_id, kind, region_code, audience, subject_id, detail, actor_id)
     SELECT $1, 'ANNOUNCEMENT', r, 'REGION', $5, $3::jsonb, $4 FROM unnest($2::text[]) AS r
     ON CONFLICT DO NOTHING`,
    [row.id, regions.map((r) => r.region_code), JSON.stringify({ title: row.title, topic: row.topic }), actorId, row.id],
  );
  const [{ staff }]: { staff: number }[] = await manager.query(
    `SELECT count(*)::int AS staff FROM notifications.recipient WHERE active AND role = 'REGIONAL_STAFF' AND region_code = ANY($1::text[]) AND account_id IS DISTINCT FROM $2`,
    [regions.map((r) => r.region_code), actorId],
  );
  await manager.query(
    `UPDATE notifications.announcement SET status = 'SENT', sent_at = now(), scheduled_at = NULL, audience = $2, staff_notified = $3, updated_at = now(), version = version + 1 WHERE id = $1`,
    [row.id, mails.length, staff],
  );
  return { emails: mails.length, staff };
}
