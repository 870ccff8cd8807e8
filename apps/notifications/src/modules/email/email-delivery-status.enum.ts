import { graphqlEnum, type EnumValue } from '@birge/server-kit';

export const EmailDeliveryStatus = graphqlEnum('EmailDeliveryStatus', 'Where an email stands.', {
  QUEUED: 'Waiting to be sent; after a temporary failure (failureReason set), waiting for its next attempt (nextAttemptAt).',
  SENDING: 'Being handed to the SMTP server now.',
  SENT: 'The SMTP server took it (sentAt).',
  FAILED: 'Given up: the server refused it for good (5xx), or every attempt failed; failureReason says why.',
});
export type EmailDeliveryStatus = EnumValue<typeof EmailDeliveryStatus>;
