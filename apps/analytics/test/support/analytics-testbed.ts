/** What the analytics tests share: region codes, the callers, and a running subgraph on its own database. */
import { startSubgraph, type RunningSubgraph } from '@birge/server-kit';
import { Role, type Identity } from '@birge/shared-reference';
import { createTestDatabase, TestEvents, type TestDatabase } from '@birge/server-testing';
import type { AnalyticsServices } from '../../src/analytics.context';
import { analyticsSubgraph } from '../../src/analytics.subgraph';

export const ABAI = '100000000';
export const SEMEY = '101000000';
export const KURCHATOV = '101800000';
export const ASTANA = '710000000';
export const ALMATY = '750000000';

export const ADMIN: Identity = { userId: 'u-admin', role: Role.REPUBLICAN_ADMIN, regionCode: null };
export const ABAI_STAFF: Identity = { userId: 'u-abai', role: Role.REGIONAL_STAFF, regionCode: ABAI };
export const ASTANA_STAFF: Identity = { userId: 'u-astana', role: Role.REGIONAL_STAFF, regionCode: ASTANA };
export const ANALYST: Identity = { userId: 'u-analyst', role: Role.ANALYST, regionCode: null };

export interface AnalyticsTestbed {
  db: TestDatabase;
  subgraph: RunningSubgraph<AnalyticsServices>;
  /** Set when the testbed was asked for it: publishes events to the subgraph's consumers. */
  events: TestEvents;
}

/**
 * Starts, for the file's tests, the analytics subgraph on its own database (a free port, no logs)
 * with `settings` on top, and with `events`, a TestEvents publisher. Stopped after the file's tests.
 */
export function analyticsTestbed(options: { events?: boolean; settings?: Record<string, string> } = {}): AnalyticsTestbed {
  const bed = {} as AnalyticsTestbed;
  beforeAll(async () => {
    bed.db = await createTestDatabase();
    bed.subgraph = await startSubgraph(analyticsSubgraph, { DATABASE_URL: bed.db.url, PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'test', ...options.settings });
    if (options.events) bed.events = await TestEvents.start(bed.db.url, bed.subgraph.dataSource);
  });
  afterAll(async () => {
    await bed.events?.stop();
    await bed.subgraph?.stop();
    await bed.db?.drop();
  });
  return bed;
}
