import type { DataSource } from 'typeorm';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_SECONDS = 15 * 60;

export type Admission = { admitted: true } | { admitted: false; retryAfterSeconds: number };

/**
 * Limits sign-in attempts per address (known or not): five in a row without success, then the
 * address is locked for 15 minutes. An attempt is counted *before* its password is checked, in
 * one statement, so parallel guesses cannot get past the limit while others are being checked;
 * a success clears the count.
 */
export class LoginThrottle {
  constructor(private readonly dataSource: DataSource) {}

  async admit(key: string): Promise<Admission> {
    // A series older than the lock period, or ended by an expired lock, starts again at 1.
    const rows: { admitted: boolean; seconds: number }[] = await this.dataSource.query(
      `INSERT INTO identity.login_throttle AS t (email_key, failed_count, last_failed_at, locked_until)
       VALUES ($1, 1, now(), CASE WHEN $2 <= 1 THEN now() + make_interval(secs => $3::double precision) END)
       ON CONFLICT (email_key) DO UPDATE SET
         failed_count = CASE
           WHEN t.locked_until > now() THEN t.failed_count
           WHEN t.locked_until IS NOT NULL OR t.last_failed_at < now() - make_interval(secs => $3::double precision) THEN 1
           ELSE t.failed_count + 1 END,
         locked_until = CASE
           WHEN t.locked_until > now() THEN t.locked_until
           WHEN t.locked_until IS NOT NULL OR t.last_failed_at < now() - make_interval(secs => $3::double precision) THEN NULL
           WHEN t.failed_count + 1 >= $2 THEN now() + make_interval(secs => $3::double precision)
           END,
         last_failed_at = CASE WHEN t.locked_until > now() THEN t.last_failed_at ELSE now() END
       -- last_failed_at moves only for an admitted attempt (compared at the column's precision).
       RETURNING last_failed_at = now()::timestamptz(3) AS admitted, coalesce(ceil(extract(epoch FROM locked_until - now())), 0)::int AS seconds`,
      [key, MAX_FAILED_LOGINS, LOCK_SECONDS],
    );
    return rows[0].admitted ? { admitted: true } : { admitted: false, retryAfterSeconds: rows[0].seconds };
  }

  /** After a failed attempt: the seconds the address is now locked for (the fifth failure locks it), or 0. */
  async lockedFor(key: string): Promise<number> {
    const rows: { seconds: number }[] = await this.dataSource.query(
      `SELECT ceil(extract(epoch FROM locked_until - now()))::int AS seconds
       FROM identity.login_throttle WHERE email_key = $1 AND locked_until > now()`,
      [key],
    );
    return rows[0]?.seconds ?? 0;
  }

  async reset(key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM identity.login_throttle WHERE email_key = $1`, [key]);
  }
}
