import { defineConsumer, type EventConsumer } from '@birge/server-kit';
import { createHash } from 'node:crypto';
import { messageIdFor } from '../email/message-id';
import { renderPortalLinkEmail } from './portal-link-email';

/** The delivery log's recipient key of an external address (never an account id). */
const contactKey = (email: string) => `contact:${createHash('sha256').update(email).digest('hex').slice(0, 24)}`;

/**
 * The registry issued a portal link for an organization's contact: it goes out by e-mail through
 * the one mail queue (the delivery log), rendered now in the language staff chose. The unique
 * (event, recipient) of the log makes a redelivered event queue nothing more.
 */
export const portalConsumers: readonly EventConsumer[] = [
  defineConsumer({
    event: 'registry.portal-link-issued',
    handle: async (manager, { eventId, payload: p }) => {
      const recipient = contactKey(p.email);
      const mail = renderPortalLinkEmail(p);
      await manager.query(
        `INSERT INTO notifications.email_delivery (event_id, recipient_id, kind, email, language, message_id, subject, text_body, html_body, headers)
         VALUES ($1, $2, 'PORTAL_LINK', $3, $4, $5, $6, $7, $8, '{}'::jsonb)
         ON CONFLICT DO NOTHING`,
        [eventId, recipient, p.email, p.language, messageIdFor(eventId, recipient), mail.subject, mail.text, mail.html],
      );
    },
  }),
];
