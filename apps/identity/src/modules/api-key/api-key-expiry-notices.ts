import type { EventBus } from '@birge/server-kit';
import type { DataSource } from 'typeorm';

/** The pg-boss queue of identity's daily sweep. */
export const API_KEY_SWEEP_QUEUE = 'identity.api-key-sweep';

/**
 * Identity's daily sweep: announces each partner API key that expires within `noticeDays` and is
 * not revoked (`identity.api-key-expiring`), once per key: the statement that publishes a key's
 * event marks it announced, in one transaction, so a second run (or replica) announces nothing.
 */
export class ApiKeyExpiryNotices {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
    private readonly noticeDays: number,
  ) {}

  /** @returns how many keys were announced now. */
  run(now: Date = new Date()): Promise<number> {
    return this.dataSource.transaction((manager) =>
      this.events.publishFromSql(
        manager,
        'identity.api-key-expiring',
        `UPDATE identity.api_key k SET expiry_announced_at = $1
         WHERE k.revoked_at IS NULL AND k.expiry_announced_at IS NULL
           AND k.expires_at > $1::timestamptz AND k.expires_at <= $1::timestamptz + make_interval(days => $2)
         RETURNING jsonb_build_object('apiKeyId', k.id, 'name', k.name, 'prefix', k.prefix, 'createdBy', k.created_by,
           'expiresAt', to_char(k.expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
           'daysLeft', ceil(extract(epoch FROM (k.expires_at - $1::timestamptz)) / 86400)::int) AS payload`,
        [now, this.noticeDays],
      ),
    );
  }
}
