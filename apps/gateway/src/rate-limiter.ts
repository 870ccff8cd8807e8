import type { Pool } from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimit {
  perMinute: number;
  /** How many requests may come at once after a quiet spell. */
  burst: number;
}

/** Where the counts live: a PostgreSQL pool every gateway replica shares, or this process's memory. */
export type RateStore = { pool: Pool; schema: string } | null;

/**
 * Partner keys' request limits, counted with rate-limiter-flexible. With a PostgreSQL store every
 * gateway replica counts against the same rows, so N gateways hold one limit, not N; should the
 * database not answer, each replica falls back to counting in its own memory for that moment
 * (insuranceLimiter) rather than refusing or freeing everyone. Two windows make one limit: at
 * most `burst` requests in the time `burst` tokens take to earn, and `perMinute` a minute.
 */
export class RateLimiter {
  private readonly limiters = new Map<string, RateLimiterAbstract[]>();

  constructor(private readonly store: RateStore) {}

  private windows(limit: RateLimit): RateLimiterAbstract[] {
    const name = `${limit.perMinute}-${limit.burst}`;
    let windows = this.limiters.get(name);
    if (windows) return windows;
    const burst = Math.max(1, limit.burst);
    const shapes = [
      { keyPrefix: `key-burst-${name}`, points: burst, duration: Math.max(1, Math.ceil((burst * 60) / limit.perMinute)) },
      { keyPrefix: `key-minute-${name}`, points: limit.perMinute, duration: 60 },
    ];
    windows = shapes.map((shape) =>
      this.store
        ? new RateLimiterPostgres({
            ...shape,
            storeClient: this.store.pool,
            schemaName: this.store.schema,
            tableName: 'rate_limits',
            // Several replicas may start at once: the table is made once, beforehand (prepareRateStore).
            tableCreated: true,
            clearExpiredByTimeout: false,
            insuranceLimiter: new RateLimiterMemory(shape),
          })
        : new RateLimiterMemory(shape),
    );
    this.limiters.set(name, windows);
    return windows;
  }

  async take(key: string, limit: RateLimit): Promise<RateDecision> {
    try {
      for (const window of this.windows(limit)) await window.consume(key);
      return { allowed: true };
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
    }
  }
}

/** Creates the shared counts' table (and its schema) once, before the gateway takes requests. */
export async function prepareRateStore(pool: Pool, schema: string): Promise<void> {
  const client = await pool.connect();
  try {
    // Replicas starting at once take turns: IF NOT EXISTS alone still collides in PostgreSQL's catalog.
    await client.query('BEGIN');
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('birge-rate-store'))`);
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    // The table rate-limiter-flexible's PostgreSQL store reads and writes (its own layout).
    await client.query(`CREATE TABLE IF NOT EXISTS "${schema}".rate_limits (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
