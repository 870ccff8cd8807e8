import { ForbiddenError, ValidationError, type FieldError } from '@birge/server-kit';
import { Role, type Identity } from '@birge/shared-reference';
import type { DataSource } from 'typeorm';
import { NotificationKind } from '../notification/notification-kind.enum';
import type { NotificationPreference, NotificationPreferenceInput } from './notification-preference.type';
import { DeliveryMode, NotificationChannel } from './preference-enums';

/**
 * Kinds that are not a staff member's to choose for: a digest is not a notification one receives on
 * its own, and a portal link is mail to an organization's contact, never to staff.
 */
export const NOT_A_PREFERENCE: readonly NotificationKind[] = [NotificationKind.DIGEST, NotificationKind.PORTAL_LINK];
/** The kinds one may choose for: every notification kind staff receive. */
export const PREFERENCE_KINDS: readonly NotificationKind[] = Object.values(NotificationKind).filter((kind) => !NOT_A_PREFERENCE.includes(kind));
const CHANNELS = Object.values(NotificationChannel);
export const PREFERENCE_COUNT = PREFERENCE_KINDS.length * CHANNELS.length;

function accountOf(identity: Identity): string {
  if (identity.role === Role.PARTNER) throw new ForbiddenError('Partner systems have no notifications to choose for');
  return identity.userId;
}

/**
 * Each staff account's choices (table `notifications.notification_preference`): only what differs
 * from IMMEDIATE is stored. The mail queue sends at once only what is IMMEDIATE by e-mail; the
 * digest job gathers DAILY and WEEKLY; the inbox leaves out what is OFF in the app.
 */
export class PreferencesService {
  constructor(private readonly dataSource: DataSource) {}

  /** Every kind on every channel, in a stable order. */
  async list(identity: Identity): Promise<NotificationPreference[]> {
    const account = accountOf(identity);
    const stored: { kind: string; channel: string; mode: DeliveryMode }[] = await this.dataSource.query(
      `SELECT kind, channel, mode FROM notifications.notification_preference WHERE account_id = $1`,
      [account],
    );
    const chosen = new Map(stored.map((p) => [`${p.kind}/${p.channel}`, p.mode]));
    return PREFERENCE_KINDS.flatMap((kind) => CHANNELS.map((channel) => ({ kind, channel, mode: chosen.get(`${kind}/${channel}`) ?? DeliveryMode.IMMEDIATE })));
  }

  /** Applies the given choices (others stay), all or none. @returns every preference after the change. */
  async update(choices: NotificationPreferenceInput[], identity: Identity): Promise<NotificationPreference[]> {
    const account = accountOf(identity);
    const errors: FieldError[] = [];
    if (choices.length > PREFERENCE_COUNT) errors.push({ field: 'preferences', code: 'TOO_MANY', message: `at most ${PREFERENCE_COUNT} choices` });
    choices.forEach((choice, i) => {
      if (NOT_A_PREFERENCE.includes(choice.kind)) errors.push({ field: `preferences.${i}.kind`, code: 'NOT_A_CHOICE', message: `${choice.kind} is not a kind to choose for` });
      if (choice.channel === NotificationChannel.IN_APP && choice.mode !== DeliveryMode.IMMEDIATE && choice.mode !== DeliveryMode.OFF) {
        errors.push({ field: `preferences.${i}.mode`, code: 'IN_APP_NO_DIGEST', message: 'in the app a notification is shown at once or not at all (IMMEDIATE or OFF)' });
      }
    });
    if (errors.length) throw new ValidationError(errors);
    await this.dataSource.transaction(async (manager) => {
      for (const choice of choices) {
        if (choice.mode === DeliveryMode.IMMEDIATE) {
          await manager.query(`DELETE FROM notifications.notification_preference WHERE account_id = $1 AND kind = $2 AND channel = $3`, [account, choice.kind, choice.channel]);
        } else {
          await manager.query(
            `INSERT INTO notifications.notification_preference (account_id, kind, channel, mode) VALUES ($1, $2, $3, $4)
             ON CONFLICT (account_id, kind, channel) DO UPDATE SET mode = EXCLUDED.mode, updated_at = now()`,
            [account, choice.kind, choice.channel, choice.mode],
          );
        }
      }
    });
    return this.list(identity);
  }
}

/**
 * The SQL condition, on a row whose account id is `accountColumn`, that it gets `kindParam` by e-mail at
 * once: no stored choice other than IMMEDIATE (the mail queue's addressees).
 */
export const emailsAtOnce = (accountColumn: string, kindParam: string) =>
  `NOT EXISTS (SELECT 1 FROM notifications.notification_preference p WHERE p.account_id = ${accountColumn} AND p.kind = ${kindParam} AND p.channel = 'EMAIL' AND p.mode <> 'IMMEDIATE')`;

/** The SQL condition that the reader did not turn a notification `n` off in the app. */
export const shownInApp = (readerParam: string) =>
  `NOT EXISTS (SELECT 1 FROM notifications.notification_preference p WHERE p.account_id = ${readerParam} AND p.kind = n.kind AND p.channel = 'IN_APP' AND p.mode = 'OFF')`;
