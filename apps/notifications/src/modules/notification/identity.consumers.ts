import { defineConsumer, type EventConsumer } from '@birge/server-kit';
import { forgetRecipient, rememberRecipient } from '../recipient/recipient-store';
import { insertNotification, notifyOn } from './notification-facts';
import { NotificationKind } from './notification-kind.enum';

/**
 * Staff accounts: who there is to write to (the recipients read model), and the notifications
 * about accounts and keys. A new account and an expiring key are for the republican
 * administrators; a changed password for its owner only, even when they changed it themselves:
 * it is a security notice, and only the owner can tell that it was not them.
 */
export const identityConsumers: readonly EventConsumer[] = [
  defineConsumer({
    event: 'identity.account-created',
    handle: async (manager, { eventId, payload: p }) => {
      await rememberRecipient(manager, p);
      await insertNotification(manager, eventId, {
        kind: NotificationKind.ACCOUNT_CREATED,
        regionCode: p.regionCode,
        audience: 'REPUBLICAN',
        subjectId: p.accountId,
        detail: { name: p.name, role: p.role },
        recipientId: null,
        actorId: p.actorId,
      });
    },
  }),
  defineConsumer({
    event: 'identity.account-deactivated',
    handle: async (manager, { payload: p }) => {
      await forgetRecipient(manager, p.accountId);
    },
  }),
  notifyOn('identity.password-changed', (p) => ({
    kind: NotificationKind.PASSWORD_CHANGED,
    regionCode: p.regionCode,
    subjectId: p.accountId,
    detail: { changedAt: p.changedAt },
    recipientId: p.accountId,
    actorId: null,
  })),
  notifyOn('identity.api-key-expiring', (p) => ({
    kind: NotificationKind.API_KEY_EXPIRING,
    regionCode: null,
    audience: 'REPUBLICAN',
    subjectId: p.apiKeyId,
    detail: { name: p.name, prefix: p.prefix, expiresAt: p.expiresAt, daysLeft: p.daysLeft },
    recipientId: null,
    actorId: null,
  })),
];
