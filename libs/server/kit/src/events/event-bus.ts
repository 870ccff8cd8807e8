import { EVENT_ROUTES, consumerQueues, type EventEnvelope, type EventName, type EventPayloads } from '@birge/shared-reference';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import type { PgBoss as PgBossInstance } from 'pg-boss';
import { retryOnDeadlock } from '../database/deadlock-retry';

// pg-boss is ESM-only; Node >= 20.19 loads it with require().
const { PgBoss } = require('pg-boss') as typeof import('pg-boss');

export const EVENT_BUS_SCHEMA = 'pgboss';

/**
 * A consumer's worker proves every few seconds that it still holds the jobs it took (pg-boss
 * refreshes the heartbeat by itself); a worker that died (killed mid-batch, its machine gone) stops
 * proving it, and its jobs are retried after this many seconds, found within MONITOR_SECONDS,
 * instead of after pg-boss's 15-minute expiry. A slow but living handler keeps its jobs.
 */
export const CONSUMER_HEARTBEAT_SECONDS = 10;
const MONITOR_SECONDS = 10;
const CONSUMER_QUEUE_OPTIONS = { retryLimit: 25, retryDelay: 1, retryBackoff: true, retryDelayMax: 300, heartbeatSeconds: CONSUMER_HEARTBEAT_SECONDS };

export interface EventBusOptions {
  url: string;
  logger: Logger;
  /** Polling backstop when LISTEN/NOTIFY is missed, seconds. */
  pollingIntervalSeconds?: number;
}

export type EventHandler<N extends EventName> = (event: EventEnvelope<N>) => Promise<void>;

/**
 * Durable events over pg-boss. `publish` writes one job per consumer queue through the caller's
 * transaction, so the event commits or rolls back with the change it describes.
 */
export class EventBus {
  private constructor(
    private readonly boss: PgBossInstance,
    private readonly logger: Logger,
    private readonly pollingIntervalSeconds: number,
  ) {}

  static async start(options: EventBusOptions): Promise<EventBus> {
    const boss = new PgBoss({
      connectionString: options.url,
      schema: EVENT_BUS_SCHEMA,
      max: 4,
      useListenNotify: true,
      application_name: 'birge-events',
      monitorIntervalSeconds: MONITOR_SECONDS,
    });
    boss.on('error', (error: Error) => options.logger.error({ err: error }, 'event bus error'));
    await boss.start();
    await storeJobDataUncompressed(boss, options.logger);
    const existing = new Map((await boss.getQueues()).map((queue) => [queue.name, queue]));
    for (const queue of consumerQueues()) {
      const current = existing.get(queue);
      if (!current) await boss.createQueue(queue, CONSUMER_QUEUE_OPTIONS);
      // Queues created before consumers sent heartbeats get them.
      else if (current.heartbeatSeconds !== CONSUMER_HEARTBEAT_SECONDS) await boss.updateQueue(queue, { heartbeatSeconds: CONSUMER_HEARTBEAT_SECONDS });
    }
    return new EventBus(boss, options.logger, options.pollingIntervalSeconds ?? 0.5);
  }

  async publish<N extends EventName>(manager: EntityManager, name: N, payload: EventPayloads[N]): Promise<EventEnvelope<N>> {
    const queryRunner = manager.queryRunner;
    if (!queryRunner?.isTransactionActive) throw new Error(`Event ${name} must be published inside a transaction`);
    const envelope: EventEnvelope<N> = { eventId: randomUUID(), name, occurredAt: new Date().toISOString(), payload };
    const db = {
      executeSql: async (text: string, values?: unknown[]) => ({
        rows: (await queryRunner.query(text, values ?? [], true)).records as unknown[],
      }),
    };
    for (const queue of EVENT_ROUTES[name]) {
      await this.boss.send(queue, envelope as unknown as object, { db });
    }
    return envelope;
  }

  /**
   * Many events of one name in one statement per consumer queue (pg-boss `insert`), through the
   * caller's transaction like `publish`: for bulk changes such as an import, where a job per
   * round trip would dominate the run.
   */
  async publishMany<N extends EventName>(manager: EntityManager, name: N, payloads: EventPayloads[N][]): Promise<EventEnvelope<N>[]> {
    const queryRunner = manager.queryRunner;
    if (!queryRunner?.isTransactionActive) throw new Error(`Events ${name} must be published inside a transaction`);
    const occurredAt = new Date().toISOString();
    const envelopes = payloads.map((payload): EventEnvelope<N> => ({ eventId: randomUUID(), name, occurredAt, payload }));
    if (!envelopes.length) return envelopes;
    const db = {
      executeSql: async (text: string, values?: unknown[]) => ({
        rows: (await queryRunner.query(text, values ?? [], true)).records as unknown[],
      }),
    };
    for (const queue of EVENT_ROUTES[name]) {
      await this.boss.insert(
        queue,
        envelopes.map((envelope) => ({ data: envelope as unknown as object })),
        { db },
      );
    }
    return envelopes;
  }

  /**
   * One event per row of `source`, built inside PostgreSQL in the caller's transaction: for bulk
   * changes whose rows never need to travel to Node (an import of 100,000 records). `source` is a
   * statement (a SELECT, or a data-modifying INSERT/UPDATE ... RETURNING, which then runs exactly
   * once) with a `payload` jsonb column; `params` are its $1..$n. Each event gets its own id and
   * the same envelope as `publish`, and one job per consumer queue, with the queue's retry and
   * retention settings as pg-boss's own `insert` would give it. Returns how many events (source
   * rows) there were.
   *
   * The one place that writes pg-boss's job table itself, kept because pg-boss's public `insert`
   * (publishMany) carries every event to Node and back once per consumer queue: the events of a
   * 100,000-record import (50 batches of 2,000, three queues) took it 2.98 s best, 3.26 s median,
   * against 1.23 s and 1.62 s for this statement, run interleaved on the same machine
   * (tools/bench/import-events.bench.ts), on an import of about 3 s that must stay at 30,000 rows/s.
   * The columns follow pg-boss's own insert plan (12.x); the event bus test checks the jobs it makes.
   */
  async publishFromSql<N extends EventName>(manager: EntityManager, name: N, source: string, params: unknown[] = []): Promise<number> {
    const queryRunner = manager.queryRunner;
    if (!queryRunner?.isTransactionActive) throw new Error(`Events ${name} must be published inside a transaction`);
    const n = params.length;
    const schema = EVENT_BUS_SCHEMA;
    const rows: { events: number; jobs: number }[] = await manager.query(
      `WITH source AS (${source}),
       event AS MATERIALIZED (
         SELECT jsonb_build_object('eventId', gen_random_uuid(), 'name', $${n + 1}::text, 'occurredAt', $${n + 2}::text, 'payload', payload) AS data
         FROM source
       ),
       jobs AS (
         INSERT INTO ${schema}.job (id, name, data, priority, start_after, created_on, expire_seconds, deletion_seconds, keep_until,
           retry_limit, retry_delay, retry_backoff, retry_delay_max, policy, dead_letter, heartbeat_seconds, blocked, blocking, pending_dependencies)
         SELECT gen_random_uuid(), q.name, e.data, 0, ${schema}.job_now(), ${schema}.job_now(), q.expire_seconds, q.deletion_seconds,
           ${schema}.job_now() + q.retention_seconds * interval '1s', q.retry_limit, q.retry_delay, q.retry_backoff, q.retry_delay_max,
           q.policy, q.dead_letter, q.heartbeat_seconds, false, false, 0
         FROM event e CROSS JOIN ${schema}.queue q
         WHERE q.name = ANY($${n + 3}::text[])
         RETURNING 1
       )
       SELECT (SELECT count(*) FROM event)::int AS events, (SELECT count(*) FROM jobs)::int AS jobs`,
      [...params, name, new Date().toISOString(), [...EVENT_ROUTES[name]]],
    );
    const { events, jobs } = rows[0];
    // A queue missing from pgboss.queue would lose its copies silently; EventBus.start creates them all.
    if (jobs !== events * EVENT_ROUTES[name].length) throw new Error(`Events ${name}: ${jobs} jobs for ${events} events; a consumer queue is missing`);
    return events;
  }

  async consume<N extends EventName>(queue: string, handler: EventHandler<N>): Promise<void> {
    await this.boss.work<EventEnvelope<N>>(queue, { pollingIntervalSeconds: this.pollingIntervalSeconds, batchSize: 10 }, async (jobs) => {
      for (const job of jobs) {
        await handler(job.data);
      }
    });
    this.logger.debug({ queue }, 'consuming events');
  }

  /**
   * Runs `handler` on a cron schedule (pg-boss, UTC, at most once a minute). pg-boss sends one job
   * per tick across every process of the deployment, so the work is not multiplied by replicas;
   * the handler must still be safe to run twice (a retried job).
   */
  async schedule(queue: string, cron: string, handler: () => Promise<void>): Promise<void> {
    await this.boss.createQueue(queue, { retryLimit: 3, retryDelay: 5 });
    await this.boss.schedule(queue, cron);
    await this.boss.work(queue, { pollingIntervalSeconds: this.pollingIntervalSeconds }, async () => {
      await handler();
    });
    this.logger.debug({ queue, cron }, 'scheduled job');
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: 5000 });
  }
}

/**
 * Job data (event envelopes: ids and codes, mostly) is stored as it is, without compression.
 * PostgreSQL compresses a large value once per job, and an event goes to a job per consumer queue:
 * for an import's events (2,000 records each) that compression was two fifths of their writing time,
 * to save disk on jobs that are kept for days, not years. Set on the job table and every partition
 * of it; a start that finds it set changes nothing.
 */
async function storeJobDataUncompressed(boss: PgBossInstance, logger: Logger): Promise<void> {
  const db = boss.getDb();
  const job = `${EVENT_BUS_SCHEMA}.job`;
  try {
    // The change takes the job tables for a moment. Another process's event bus starting, or
    // pg-boss's own upkeep, may hold them in another order: PostgreSQL then ends one side as a
    // deadlock (40P01), and that side tries again.
    await retryOnDeadlock(
      async () => {
        const { rows } = await db.executeSql(
          `SELECT count(*)::int AS compressed FROM pg_attribute
         WHERE attname = 'data' AND attstorage <> 'e'
           AND (attrelid = $1::regclass OR attrelid IN (SELECT inhrelid FROM pg_inherits WHERE inhparent = $1::regclass))`,
          [job],
        );
        if ((rows[0] as { compressed: number }).compressed) await db.executeSql(`ALTER TABLE ${job} ALTER COLUMN data SET STORAGE EXTERNAL`);
      },
      5,
      50,
    );
  } catch (error) {
    // It only saves time, so after a few tries the data stays compressed rather than the service not starting.
    logger.warn({ err: error }, 'event job data stays compressed: its storage could not be changed');
  }
}
