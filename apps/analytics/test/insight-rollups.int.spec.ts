import { startSubgraph, type RunningSubgraph } from '@birge/server-kit';
import { findRegion, InsightDimension, InsightMeasure, Role, type Identity } from '@birge/shared-reference';
import { createTestDatabase, type TestDatabase } from '@birge/server-testing';
import { randomUUID } from 'node:crypto';
import type { QueryRunner } from 'typeorm';
import type { AnalyticsServices } from '../src/analytics.context';
import { analyticsSubgraph } from '../src/analytics.subgraph';
import { requestMonthFigureDifferences } from '../src/modules/facts/request-month-figures.check';
import type { InsightFilter } from '../src/modules/insights/dto/insight-filter.input';
import { REQUEST_ROLLUP_MEASURES } from '../src/modules/insights/insight-plan';
import { InsightService } from '../src/modules/insights/insight.service';

const ABAI = '100000000';
const ASTANA = '710000000';
const TURKISTAN = '610000000';
const REGIONS = [ABAI, ASTANA, TURKISTAN];
const ANALYST: Identity = { userId: 'analyst', role: Role.ANALYST, regionCode: null };
const SUBTYPES: [string, string][] = [
  ['CONSULTATIVE', 'ORGANIZATION_REGISTRATION'],
  ['CONSULTATIVE', 'GRANTS_AND_PROGRAMMES'],
  ['ADMINISTRATIVE', 'STATE_BODY_LIAISON'],
  ['INFORMATIONAL', 'MEDIA_PUBLICITY'],
];
const STATUSES = ['NEW', 'TRIAGED', 'IN_PROGRESS', 'WAITING_ON_STATE_BODY', 'RESOLVED', 'RESOLVED', 'DECLINED', 'WITHDRAWN'];

/** Every measure the plan reads from the monthly figures, with a median (read from the facts beside them), in sets of at most 8. */
const MEASURE_SETS = [
  [...REQUEST_ROLLUP_MEASURES.slice(0, 5), InsightMeasure.RESOLUTION_HOURS_MEDIAN],
  [InsightMeasure.REQUESTS, ...REQUEST_ROLLUP_MEASURES.slice(5), InsightMeasure.FIRST_RESPONSE_HOURS_P90],
];

/** A small deterministic generator, so a failure replays. */
function seeded(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] };
}

const day = (date: Date) => date.toISOString().slice(0, 10);
const monthsAgo = (months: number, dayOfMonth: number) => {
  const now = new Date();
  return day(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, dayOfMonth)));
};

describe('analytics subgraph: monthly request figures (request_month_figures) kept by triggers', () => {
  let db: TestDatabase;
  let subgraph: RunningSubgraph<AnalyticsServices>;
  let rollups: InsightService;
  let facts: InsightService;
  const organizations: { id: string; region: string }[] = [];
  const random = seeded(1307);
  const q = (sql: string, params: unknown[] = []) => subgraph.dataSource.query(sql, params);
  const districtsOf = (region: string) => findRegion(region)?.districts.map((d) => d.code) ?? [];

  const insertRequests = async (count: number, organizationIds: { id: string; region: string }[], run: (sql: string, params: unknown[]) => Promise<unknown> = q) => {
    const rows = Array.from({ length: count }, () => {
      const organization = random.pick(organizationIds);
      const [type, subtype] = random.pick(SUBTYPES);
      const status = random.pick(STATUSES);
      const submitted = new Date(Date.now() - Math.floor(random.next() * 300 * 86_400_000));
      const due = random.next() < 0.8 ? new Date(submitted.getTime() + Math.floor(random.next() * 40 * 86_400_000)) : null;
      const resolved = status === 'RESOLVED' || random.next() < 0.1 ? new Date(submitted.getTime() + Math.floor(random.next() * 30 * 86_400_000)) : null;
      return [
        randomUUID(),
        organization.id,
        organization.region,
        type,
        subtype,
        status,
        submitted.toISOString(),
        status === 'RESOLVED' ? 'INFORMATION_PROVIDED' : null,
        due?.toISOString() ?? null,
        new Date(submitted.getTime() + 3_600_000 * (1 + Math.floor(random.next() * 50))).toISOString(),
        resolved?.toISOString() ?? null,
        resolved && random.next() < 0.6 ? 1 + Math.floor(random.next() * 5) : null,
        Math.floor(random.next() * 3),
        Math.floor(random.next() * 2),
      ];
    });
    const column = (i: number) => rows.map((row) => row[i]);
    await run(
      `INSERT INTO analytics.request_fact (request_id, organization_id, region_code, type, subtype, status, submitted_at, outcome, version,
         due_at, first_response_at, resolved_at, rating, referral_count, answered_referral_count)
       SELECT i.id, i.org, i.region, i.type, i.subtype, i.status, i.submitted, i.outcome, 1, i.due, i.first, i.resolved, i.rating, least(i.referrals, 2), least(i.answered, i.referrals)
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[], $8::text[], $9::timestamptz[], $10::timestamptz[],
         $11::timestamptz[], $12::smallint[], $13::int[], $14::int[]) AS i(id, org, region, type, subtype, status, submitted, outcome, due, first, resolved, rating, referrals, answered)`,
      Array.from({ length: 14 }, (_, i) => column(i)),
    );
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    subgraph = await startSubgraph(analyticsSubgraph, { DATABASE_URL: db.url, PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'test' });
    rollups = new InsightService(subgraph.dataSource, { windowMonths: 12, rollups: true });
    facts = new InsightService(subgraph.dataSource, { windowMonths: 12, rollups: false });
    for (let i = 0; i < 24; i++) {
      const region = REGIONS[i % REGIONS.length];
      const district = i % 5 === 0 ? null : random.pick(districtsOf(region));
      const id = randomUUID();
      organizations.push({ id, region });
      await q(
        `INSERT INTO analytics.organization_fact (organization_id, kind, region_code, district_code, registered_at) VALUES ($1, 'NGO', $2, $3, now() - interval '400 days')`,
        [id, region, district],
      );
    }
    // Requests of organizations not known yet (their events arrive later), then many of known ones.
    const early = [
      { id: randomUUID(), region: ABAI },
      { id: randomUUID(), region: ASTANA },
    ];
    await insertRequests(30, early);
    await insertRequests(400, organizations);
    await q(`INSERT INTO analytics.organization_fact (organization_id, kind, region_code, district_code, registered_at) VALUES ($1, 'NGO', $2, $3, now())`, [
      early[0].id,
      ABAI,
      districtsOf(ABAI)[0],
    ]);
    // Statuses move (one statement over many rows), organizations move district, one is merged into another, one removed.
    await q(`UPDATE analytics.request_fact SET status = 'RESOLVED', outcome = 'INFORMATION_PROVIDED', resolved_at = submitted_at + interval '45 days', rating = 4
             WHERE status = 'NEW' AND request_id IN (SELECT request_id FROM analytics.request_fact WHERE status = 'NEW' ORDER BY request_id LIMIT 20)`);
    await q(
      `UPDATE analytics.request_fact SET status = 'IN_PROGRESS', outcome = NULL WHERE request_id IN (SELECT request_id FROM analytics.request_fact WHERE status = 'DECLINED' ORDER BY request_id LIMIT 10)`,
    );
    await q(`UPDATE analytics.organization_fact SET district_code = $2 WHERE organization_id = $1`, [organizations[1].id, districtsOf(organizations[1].region)[2]]);
    await q(`UPDATE analytics.organization_fact SET district_code = NULL WHERE organization_id = $1`, [organizations[2].id]);
    const [kept, merged] = [organizations[3], organizations[6]];
    await q(`UPDATE analytics.organization_fact SET merged_into = $1 WHERE organization_id = $2`, [kept.id, merged.id]);
    await q(
      `UPDATE analytics.request_fact SET organization_id = $1 WHERE organization_id = $2 AND request_id IN (
               SELECT request_id FROM analytics.request_fact WHERE organization_id = $2 ORDER BY request_id LIMIT 3)`,
      [kept.id, merged.id],
    );
    await q(`DELETE FROM analytics.organization_fact WHERE organization_id = $1`, [organizations[4].id]);
    await q(`DELETE FROM analytics.request_fact WHERE request_id IN (SELECT request_id FROM analytics.request_fact ORDER BY request_id LIMIT 15)`);
    // The same values written again: nothing moves.
    await q(`UPDATE analytics.request_fact SET assignee_id = 'staff' WHERE region_code = $1`, [ASTANA]);
  });

  afterAll(async () => {
    await subgraph?.stop();
    await db?.drop();
  });

  it('equal a recount of the facts after inserts, status changes, moves, a merge and removals', async () => {
    expect(Number((await q('SELECT count(*) AS n FROM analytics.request_month_figures'))[0].n)).toBeGreaterThan(50);
    expect(await requestMonthFigureDifferences((sql) => q(sql))).toEqual([]);
  });

  const periods: [string, InsightFilter['period']][] = [
    ['the default period (its last month partial)', undefined],
    ['a range cutting months at both ends', { from: monthsAgo(7, 12), to: monthsAgo(1, 20) }],
    ['days within one month', { from: monthsAgo(3, 5), to: monthsAgo(3, 17) }],
    ['a year', { year: new Date().getUTCFullYear() }],
    ['whole months', { from: monthsAgo(9, 1), to: monthsAgo(1, 0) }],
  ];
  const groupings: InsightDimension[][] = [
    [],
    [InsightDimension.REGION],
    [InsightDimension.REGION, InsightDimension.REQUEST_STATUS],
    [InsightDimension.MONTH, InsightDimension.REQUEST_SUBTYPE],
    [InsightDimension.QUARTER, InsightDimension.DISTRICT],
    [InsightDimension.DISTRICT, InsightDimension.REQUEST_TYPE],
    [InsightDimension.REGION, InsightDimension.REQUEST_OUTCOME],
    [InsightDimension.REQUEST_TYPE],
  ];
  const filters: [string, Partial<InsightFilter>][] = [
    ['no filter', {}],
    ['statuses and a type', { requestStatuses: ['NEW', 'RESOLVED', 'IN_PROGRESS'] as never, requestTypes: ['CONSULTATIVE'] as never }],
    ['districts', { districts: districtsOf(ABAI).slice(0, 3) }],
  ];

  it.each(periods)('answer every grouping and filter as the facts do: %s', async (_name, period) => {
    const statements = jest.spyOn(subgraph.dataSource, 'query');
    try {
      for (const groupBy of groupings) {
        for (const [, filter] of filters) {
          for (const measures of MEASURE_SETS) {
            const request = { measures, groupBy, filter: { regions: REGIONS, ...filter, period } };
            expect(await rollups.table(request, ANALYST)).toEqual(await facts.table(request, ANALYST));
          }
        }
      }
      const series = { measures: MEASURE_SETS[0], filter: { period }, splitBy: InsightDimension.REGION };
      expect(await rollups.series(series, ANALYST)).toEqual(await facts.series(series, ANALYST));
      const drill = { measures: MEASURE_SETS[1], groupBy: [InsightDimension.REQUEST_STATUS], filter: { period } };
      expect(await rollups.drillDown(ABAI, drill, ANALYST)).toEqual(await facts.drillDown(ABAI, drill, ANALYST));
      const sql = statements.mock.calls.map((call) => String(call[0]));
      expect(sql.some((statement) => statement.includes('analytics.request_month_figures'))).toBe(true);
    } finally {
      statements.mockRestore();
    }
    // Not vacuous: the figures are there.
    const total = await rollups.table({ measures: [InsightMeasure.REQUESTS, InsightMeasure.OVERDUE_REQUESTS], groupBy: [], filter: { period } }, ANALYST);
    expect(total.total.values[0].value).toBeGreaterThan(0);
  });

  it('reads whole months from the monthly figures and never the facts for them, unless cut by an organization dimension', async () => {
    const statements = jest.spyOn(subgraph.dataSource, 'query');
    try {
      await rollups.table(
        {
          measures: [InsightMeasure.REQUESTS, InsightMeasure.RATING_AVERAGE],
          groupBy: [InsightDimension.REGION],
          filter: { period: { from: monthsAgo(6, 1), to: monthsAgo(0, 0) } },
        },
        ANALYST,
      );
      const whole = statements.mock.calls.map((call) => String(call[0]));
      expect(whole).toHaveLength(1);
      expect(whole[0]).toContain('analytics.request_month_figures');
      expect(whole[0]).not.toContain('analytics.request_fact');
      statements.mockClear();
      await rollups.table({ measures: [InsightMeasure.REQUESTS], groupBy: [InsightDimension.ORGANIZATION_KIND], filter: {} }, ANALYST);
      expect(statements.mock.calls.map((call) => String(call[0])).some((sql) => sql.includes('request_month_figures'))).toBe(false);
    } finally {
      statements.mockRestore();
    }
  });

  /** Runs `change` in a transaction with `trigger` dropped, and gives the differences it left; rolls everything back. */
  const withoutTrigger = async (trigger: string, table: string, change: (runner: QueryRunner) => Promise<unknown>) => {
    const runner = subgraph.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query(`DROP TRIGGER ${trigger} ON analytics.${table}`);
      await change(runner);
      return await requestMonthFigureDifferences((sql) => runner.query(sql));
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  };

  it('every trigger is needed: without it, the figures part from the facts at the first change it should follow', async () => {
    const someRequest = async (runner: QueryRunner) => (await runner.query(`SELECT request_id FROM analytics.request_fact ORDER BY request_id LIMIT 1`))[0].request_id;
    const busy = organizations[0];
    const cases: [string, string, (runner: QueryRunner) => Promise<unknown>][] = [
      ['request_fact_month_insert', 'request_fact', (runner) => insertRequests(1, organizations, (sql, params) => runner.query(sql, params))],
      [
        'request_fact_month_update',
        'request_fact',
        async (runner) =>
          runner.query(`UPDATE analytics.request_fact SET status = CASE WHEN status = 'WITHDRAWN' THEN 'NEW' ELSE 'WITHDRAWN' END WHERE request_id = $1`, [
            await someRequest(runner),
          ]),
      ],
      ['request_fact_month_delete', 'request_fact', async (runner) => runner.query(`DELETE FROM analytics.request_fact WHERE request_id = $1`, [await someRequest(runner)])],
      [
        'organization_fact_month_update',
        'organization_fact',
        (runner) => runner.query(`UPDATE analytics.organization_fact SET district_code = NULL, merged_into = organization_id WHERE organization_id = $1`, [busy.id]),
      ],
      ['organization_fact_month_delete', 'organization_fact', (runner) => runner.query(`DELETE FROM analytics.organization_fact WHERE organization_id = $1`, [busy.id])],
      [
        'organization_fact_month_insert',
        'organization_fact',
        (runner) =>
          runner.query(`INSERT INTO analytics.organization_fact (organization_id, kind, region_code, registered_at) VALUES ($1, 'NGO', $2, now())`, [
            organizations[4].id,
            organizations[4].region,
          ]),
      ],
    ];
    for (const [trigger, table, change] of cases) {
      expect({ trigger, differences: (await withoutTrigger(trigger, table, change)).length > 0 }).toEqual({ trigger, differences: true });
    }
    // With every trigger in place, the same changes leave them equal.
    const runner = subgraph.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      for (const [, , change] of cases) await change(runner);
      expect(await requestMonthFigureDifferences((sql) => runner.query(sql))).toEqual([]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('stay equal when a request is written beside the move of its organization, in either order (the rebuild writes both at once)', async () => {
    const [moving, other] = [organizations[8], organizations[9]];
    const districts = districtsOf(moving.region);
    const open = async () => {
      const runner = subgraph.dataSource.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      return runner;
    };
    const done = async (runner: QueryRunner) => {
      await runner.commitTransaction();
      await runner.release();
    };
    for (const [requestFirst, district] of [
      [true, districts[3]],
      [false, districts[4]],
    ] as const) {
      const [request, move] = [await open(), await open()];
      const write = () => insertRequests(2, [moving, other], (sql, params) => request.query(sql, params));
      const relocate = () => move.query(`UPDATE analytics.organization_fact SET district_code = $2 WHERE organization_id = $1`, [moving.id, district]);
      // The second statement waits for the first's transaction: commit that one, then the other.
      const [first, second] = requestFirst ? [write, relocate] : [relocate, write];
      const [firstRunner, secondRunner] = requestFirst ? [request, move] : [move, request];
      await first();
      const waiting = second();
      await new Promise((resolve) => setTimeout(resolve, 300));
      await done(firstRunner);
      await waiting;
      await done(secondRunner);
      expect(await requestMonthFigureDifferences((sql) => q(sql))).toEqual([]);
    }
  });
});
