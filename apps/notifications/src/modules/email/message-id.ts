import { createHash } from 'node:crypto';

/** The right-hand side of every Message-ID the notifications subgraph writes. */
export const MESSAGE_ID_DOMAIN = 'notifications.birge.kz';

/**
 * The Message-ID of the email about one event to one recipient: derived from both, so a mail sent
 * again (a worker killed after the server took it, before the log said so) carries the same id and
 * a mail client or the delivery log recognises the repeat. The recipient is hashed: account ids
 * stay out of mail headers.
 */
export function messageIdFor(eventId: string, recipientId: string): string {
  const recipient = createHash('sha256').update(recipientId).digest('hex').slice(0, 16);
  return `<${eventId}.${recipient}@${MESSAGE_ID_DOMAIN}>`;
}
