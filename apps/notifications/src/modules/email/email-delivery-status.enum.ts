import { registerEnumType } from 'type-graphql';

export enum EmailDeliveryStatus {
  QUEUED = 'QUEUED',
  SENDING = 'SENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

registerEnumType(EmailDeliveryStatus, {
  name: 'EmailDeliveryStatus',
  description: 'Where an email stands.',
  valuesConfig: {
    QUEUED: { description: 'Waiting to be sent; after a temporary failure (failureReason set), waiting for its next attempt (nextAttemptAt).' },
    SENDING: { description: 'Being handed to the SMTP server now.' },
    SENT: { description: 'The SMTP server took it (sentAt).' },
    FAILED: { description: 'Given up: the server refused it for good (5xx), or every attempt failed; failureReason says why.' },
  },
});
