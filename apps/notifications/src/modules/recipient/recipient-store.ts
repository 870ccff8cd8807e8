import type { AccountCreatedPayload } from '@birge/shared-reference';
import type { EntityManager } from 'typeorm';

/**
 * The notifications subgraph's own copy of what it needs about staff (table
 * `notifications.recipient`), kept from identity's events, never read from identity's tables.
 * The two events travel on separate queues: a deactivation that arrives first leaves an inactive
 * row the creation then fills in without making it active again.
 */
export async function rememberRecipient(manager: EntityManager, p: AccountCreatedPayload): Promise<void> {
  await manager.query(
    `INSERT INTO notifications.recipient (account_id, email, name, language, region_code, role)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (account_id) DO UPDATE SET email = EXCLUDED.email, name = EXCLUDED.name, language = EXCLUDED.language,
       region_code = EXCLUDED.region_code, role = EXCLUDED.role, updated_at = now()`,
    [p.accountId, p.email, p.name, p.language, p.regionCode, p.role],
  );
}

/** Nothing more is written to a deactivated account. */
export async function forgetRecipient(manager: EntityManager, accountId: string): Promise<void> {
  await manager.query(
    `INSERT INTO notifications.recipient (account_id, active) VALUES ($1, false)
     ON CONFLICT (account_id) DO UPDATE SET active = false, updated_at = now()`,
    [accountId],
  );
}
