import { createLogger, EVENT_BUS_SCHEMA, EventBus } from '@birge/server-kit';
import type { EventEnvelope, EventName, EventPayloads } from '@birge/shared-reference';
import type { PgBoss as PgBossInstance } from 'pg-boss';
import type { DataSource } from 'typeorm';

// pg-boss is ESM-only; loaded with require() as the kit does.
const { PgBoss } = require('pg-boss') as typeof import('pg-boss');

/**
 * Events for tests, through the real pg-boss queues: `publish` goes through the kit's EventBus in a
 * transaction, as a producing subgraph does; `redeliver` sends an envelope again under the same
 * event id, which is what a consumer sees after a crash between its commit and the job's ack.
 */
export class TestEvents {
  private constructor(
    private readonly bus: EventBus,
    private readonly boss: PgBossInstance,
    private readonly dataSource: DataSource,
  ) {}

  static async start(url: string, dataSource: DataSource): Promise<TestEvents> {
    const bus = await EventBus.start({ url, logger: createLogger('test-events', 'silent') });
    const boss = new PgBoss({ connectionString: url, schema: EVENT_BUS_SCHEMA, supervise: false, schedule: false, migrate: false, max: 2 });
    await boss.start();
    return new TestEvents(bus, boss, dataSource);
  }

  publish<N extends EventName>(name: N, payload: EventPayloads[N]): Promise<EventEnvelope<N>> {
    return this.dataSource.transaction((manager) => this.bus.publish(manager, name, payload));
  }

  async redeliver(queue: string, envelope: EventEnvelope): Promise<void> {
    await this.boss.send(queue, envelope as unknown as object);
  }

  /** How many jobs of `queue` carrying this event id have completed. */
  async completed(queue: string, eventId: string): Promise<number> {
    const rows: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM ${EVENT_BUS_SCHEMA}.job WHERE name = $1 AND data->>'eventId' = $2 AND state = 'completed'`,
      [queue, eventId],
    );
    return rows[0].n;
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: 2000 });
    await this.bus.stop();
  }
}
