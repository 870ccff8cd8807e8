import type { Locale } from './locale';
import type { Role } from './roles';

/**
 * A staff account was created. Carries what other subgraphs keep about staff (the notifications
 * subgraph's recipients: where to write, in which language, for which region and role); the
 * password never leaves identity.
 */
export interface AccountCreatedPayload {
  accountId: string;
  email: string;
  name: string;
  role: Role;
  regionCode: string | null;
  /** The language the person reads their mail in. */
  language: Locale;
  /** Who created it (a user id, or the accounts command line). */
  actorId: string | null;
  createdAt: string;
}

/** A staff account can no longer sign in; nothing more is sent to it. */
export interface AccountDeactivatedPayload {
  accountId: string;
  actorId: string | null;
  deactivatedAt: string;
}

/** A staff account's password was changed (by its owner); the owner is told, in case it was not them. */
export interface PasswordChangedPayload {
  accountId: string;
  regionCode: string | null;
  actorId: string | null;
  changedAt: string;
}

/** A partner API key expires within days; raised once per key by identity's daily sweep. */
export interface ApiKeyExpiringPayload {
  apiKeyId: string;
  name: string;
  /** The public start of the key (`bgk_…`), to recognise it by. */
  prefix: string;
  expiresAt: string;
  daysLeft: number;
  /** The administrator who created it. */
  createdBy: string;
}
