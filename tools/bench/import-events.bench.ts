/**
 * `node -r @swc-node/register tools/bench/import-events.bench.ts`: what an import's events cost
 * through pg-boss's public `insert` (EventBus.publishMany) against
 * the statement EventBus.publishFromSql runs on pg-boss's job table itself (copied here so both
 * run side by side). Both send the events of 100,000 records, 50 batches of 2,000 (about 150 kB each), each
 * to its three consumer queues, in a transaction rolled back afterwards; interleaved, best and
 * median of BENCH_ROUNDS (5), so the machine's load weighs on both alike.
 */
import { createLogger, EVENT_BUS_SCHEMA, EventBus } from '@birge/server-kit';
import { EVENT_ROUTES, OrganizationKind, type OrganizationsImportedPayload } from '@birge/shared-reference';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DataSource, type EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { startEmbeddedDatabase } from '../stack/src/database';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const BATCHES = 50;
const BATCH_RECORDS = 2000;
const NAME = 'registry.organizations-imported' as const;

function batch(n: number): OrganizationsImportedPayload {
  const ids = Array.from({ length: BATCH_RECORDS }, () => uuidv7());
  return {
    importId: 'bench',
    batch: n,
    change: 'REGISTERED',
    organizationIds: ids,
    kinds: ids.map(() => OrganizationKind.NGO),
    regionCodes: ids.map(() => '710000000'),
    districtCodes: ids.map(() => '711110000'),
    versions: ids.map(() => 1),
    profiles: { legalForms: ids.map(() => null), directions: ids.map(() => []), categories: ids.map(() => []), modes: ids.map(() => []) },
  };
}

/** EventBus.publishFromSql's statement for one batch: the event built in PostgreSQL and written into pg-boss's job table directly. */
async function directSql(manager: EntityManager, payload: OrganizationsImportedPayload): Promise<void> {
  const schema = EVENT_BUS_SCHEMA;
  await manager.query(
    `WITH source AS (SELECT $1::jsonb AS payload),
     event AS MATERIALIZED (SELECT jsonb_build_object('eventId', gen_random_uuid(), 'name', $2::text, 'occurredAt', $3::text, 'payload', payload) AS data FROM source)
     INSERT INTO ${schema}.job (id, name, data, priority, start_after, created_on, expire_seconds, deletion_seconds, keep_until,
       retry_limit, retry_delay, retry_backoff, retry_delay_max, policy, dead_letter, heartbeat_seconds, blocked, blocking, pending_dependencies)
     SELECT gen_random_uuid(), q.name, e.data, 0, ${schema}.job_now(), ${schema}.job_now(), q.expire_seconds, q.deletion_seconds,
       ${schema}.job_now() + q.retention_seconds * interval '1s', q.retry_limit, q.retry_delay, q.retry_backoff, q.retry_delay_max,
       q.policy, q.dead_letter, q.heartbeat_seconds, false, false, 0
     FROM event e CROSS JOIN ${schema}.queue q WHERE q.name = ANY($4::text[])`,
    [JSON.stringify(payload), NAME, new Date().toISOString(), [...EVENT_ROUTES[NAME]]],
  );
}

async function main(): Promise<void> {
  const database = await startEmbeddedDatabase(mkdtempSync(path.join(os.tmpdir(), 'birge-events-bench-pg-')), 0, true);
  const dataSource = new DataSource({ type: 'postgres', url: database.url, poolSize: 2 });
  await dataSource.initialize();
  const events = await EventBus.start({ url: database.url, logger: createLogger('bench', 'warn') });
  const payloads = Array.from({ length: BATCHES }, (_, n) => batch(n));
  const times: Record<'insert' | 'direct', number[]> = { insert: [], direct: [] };
  class Rollback extends Error {}
  const run = async (way: 'insert' | 'direct') => {
    const started = performance.now();
    await dataSource
      .transaction(async (manager) => {
        for (const payload of payloads) {
          if (way === 'insert') await events.publishMany(manager, NAME, [payload]);
          else await directSql(manager, payload);
        }
        times[way].push(performance.now() - started);
        throw new Rollback(randomUUID());
      })
      .catch((error) => {
        if (!(error instanceof Rollback)) throw error;
      });
  };
  try {
    for (let round = 0; round < ROUNDS; round++) {
      await run(round % 2 ? 'insert' : 'direct');
      await run(round % 2 ? 'direct' : 'insert');
    }
    for (const way of ['insert', 'direct'] as const) {
      const sorted = [...times[way]].sort((a, b) => a - b);
      console.log(
        `${way === 'insert' ? 'pg-boss insert (publishMany)' : 'direct SQL (publishFromSql)'}  best ${Math.round(sorted[0])} ms, median ${Math.round(sorted[Math.floor(sorted.length / 2)])} ms for ${BATCHES} batches x ${EVENT_ROUTES[NAME].length} queues`,
      );
    }
  } finally {
    await events.stop();
    await dataSource.destroy();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
