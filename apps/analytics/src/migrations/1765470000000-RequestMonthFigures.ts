import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ROLLUP_OPEN_STATUSES } from './1765460000000-RegionFigures';

const KEY = 'region_code, month, district_code, attached, type, subtype, status, outcome';
const SUMS = ['requests', 'overdue_settled', 'referrals', 'answered_referrals', 'ratings', 'rating_sum'];

/**
 * A request's contribution to its month's row, signed: `rows` are request facts (a transition
 * table or request_fact), `place` gives each its organization's district and whether it is
 * attached (an organization fact that exists and was not merged away), as the API's statements
 * join them.
 */
function contributions(rows: string, place: { district: string; attached: string; join: string }, sign: '+' | '-'): string {
  return `SELECT r.region_code, date_trunc('month', r.submitted_at AT TIME ZONE 'UTC')::date AS month, ${place.district} AS district_code,
      ${place.attached} AS attached, r.type, r.subtype, r.status, coalesce(r.outcome, 'NONE') AS outcome,
      ${sign}1 AS requests, ${sign}(r.due_at IS NOT NULL AND coalesce(r.resolved_at > r.due_at, false))::int AS overdue_settled,
      ${sign}r.referral_count AS referrals, ${sign}r.answered_referral_count AS answered_referrals,
      ${sign}(r.rating IS NOT NULL)::int AS ratings, ${sign}coalesce(r.rating, 0)::int AS rating_sum
    FROM ${rows} r ${place.join}`;
}

/** The organization a request fact points at, as it is now. */
const CURRENT = {
  district: "CASE WHEN o.merged_into IS NULL THEN coalesce(o.district_code, 'NONE') ELSE 'NONE' END",
  attached: '(o.organization_id IS NOT NULL AND o.merged_into IS NULL)',
  join: 'LEFT JOIN analytics.organization_fact o ON o.organization_id = r.organization_id',
};

/** Adds the signed contributions to the rows (ordered, so concurrent statements lock rows alike), then drops emptied rows. */
function apply(source: string): string {
  return `
      INSERT INTO analytics.request_month_figures AS f (${KEY}, ${SUMS.join(', ')})
      SELECT ${KEY}, ${SUMS.map((sum) => `sum(${sum})::int`).join(', ')} FROM (${source}) d
      GROUP BY ${KEY} HAVING ${SUMS.map((sum) => `sum(${sum}) <> 0`).join(' OR ')} ORDER BY ${KEY}
      ON CONFLICT (${KEY}) DO UPDATE SET ${SUMS.map((sum) => `${sum} = f.${sum} + EXCLUDED.${sum}`).join(', ')};
      DELETE FROM analytics.request_month_figures WHERE requests = 0;`;
}

type Place = { district: string; attached: string };

/** The place an organization fact gives its requests (`alias` its row before or after the statement). */
const STATE = (alias: string): Place => ({
  district: `CASE WHEN ${alias}.merged_into IS NULL THEN coalesce(${alias}.district_code, 'NONE') ELSE 'NONE' END`,
  attached: `(${alias}.merged_into IS NULL)`,
});
/** No organization fact (before an INSERT, after a DELETE): its requests are detached, without district. */
const ABSENT: Place = { district: "'NONE'", attached: 'false' };

/**
 * The organizations of a statement whose requests change place (district or attachment), and
 * the move of those requests' contributions from the old place to the new one.
 */
function relocate(from: string, before: Place, after: Place, lock: string): string {
  const id = from.startsWith('old_rows') ? 'b.organization_id' : 'a.organization_id';
  const moved = `SELECT ${id} AS organization_id, ${before.district} AS old_district, ${before.attached} AS old_attached,
      ${after.district} AS new_district, ${after.attached} AS new_attached
    FROM ${from} WHERE ${before.district} IS DISTINCT FROM ${after.district} OR ${before.attached} IS DISTINCT FROM ${after.attached}`;
  const join = 'JOIN moved c ON c.organization_id = r.organization_id';
  return `IF EXISTS (${moved}) THEN ${lock} ${apply(
    `WITH moved AS (${moved}) ${contributions('analytics.request_fact', { district: 'c.new_district', attached: 'c.new_attached', join }, '+')}
     UNION ALL ${contributions('analytics.request_fact', { district: 'c.old_district', attached: 'c.old_attached', join }, '-')}`,
  )}
        END IF;`;
}

/**
 * The lock that keeps a request's place and its organization's in step across transactions:
 * statements on requests hold it shared while they read their organizations' place, a statement
 * that moves organizations holds it alone while it moves their requests. Without it, a request
 * written beside an organization's move (the rebuild writes both at once) could be added at the
 * place its transaction saw, after the move had carried that organization's other requests away.
 * Each statement of a trigger function reads a fresh snapshot (READ COMMITTED), so what follows
 * the lock sees what the other side committed. The consistency e2e found the race without it.
 */
const MONTH_FIGURES_LOCK = 1765470000;

/** The trigger function of request_fact. */
function requestRollupFunction(): string {
  return `CREATE FUNCTION analytics.request_fact_month_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock_shared(${MONTH_FIGURES_LOCK});
        IF TG_OP = 'INSERT' THEN ${apply(contributions('new_rows', CURRENT, '+'))}
        ELSIF TG_OP = 'UPDATE' THEN ${apply(`${contributions('new_rows', CURRENT, '+')} UNION ALL ${contributions('old_rows', CURRENT, '-')}`)}
        ELSE ${apply(contributions('old_rows', CURRENT, '-'))}
        END IF;
        RETURN NULL;
      END $$`;
}

/** The trigger function of organization_fact. */
function organizationRollupFunction(): string {
  const lock = `PERFORM pg_advisory_xact_lock(${MONTH_FIGURES_LOCK});`;
  return `CREATE FUNCTION analytics.organization_fact_month_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN ${relocate('new_rows a', ABSENT, STATE('a'), lock)}
        ELSIF TG_OP = 'UPDATE' THEN ${relocate('new_rows a JOIN old_rows b ON b.organization_id = a.organization_id', STATE('b'), STATE('a'), lock)}
        ELSE ${relocate('old_rows b', STATE('b'), ABSENT, lock)}
        END IF;
        RETURN NULL;
      END $$`;
}

/** Fills request_month_figures from the facts (an empty table). */
function recountRequestMonthFigures(): string {
  return `INSERT INTO analytics.request_month_figures (${KEY}, ${SUMS.join(', ')})
    SELECT ${KEY}, ${SUMS.map((sum) => `sum(${sum})::int`).join(', ')} FROM (${contributions('analytics.request_fact', CURRENT, '+')}) d GROUP BY ${KEY}`;
}

/**
 * Issue 13, P4: monthly figures of requests per region, month, the organization's district and
 * the request's type, sub-type, status and outcome, with what adds up (count, settled overdue,
 * referrals and their answers, ratings and their sum). Kept by statement-level triggers on
 * request_fact (a request's own change) and on organization_fact (its organization moved,
 * appeared, was merged away or removed: its requests move with it), in the transaction of every
 * change, so they equal the facts by construction. The analytics API answers whole months from
 * here (insight-rollup-sql.ts); the consistency tests compare both paths with the truth.
 */
export class RequestMonthFigures1765470000000 implements MigrationInterface {
  name = 'RequestMonthFigures1765470000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE analytics.request_month_figures (
         region_code text NOT NULL,
         month date NOT NULL,
         district_code text NOT NULL,
         attached boolean NOT NULL,
         type text NOT NULL,
         subtype text NOT NULL,
         status text NOT NULL,
         outcome text NOT NULL,
         ${SUMS.map((sum) => `${sum} int NOT NULL DEFAULT 0`).join(',\n         ')},
         PRIMARY KEY (${KEY})
       )`,
    );
    // Rows emptied by a statement are dropped by the next line of the trigger: found through this.
    await queryRunner.query(`CREATE INDEX request_month_figures_empty_idx ON analytics.request_month_figures (region_code) WHERE requests = 0`);
    await queryRunner.query(requestRollupFunction());
    await queryRunner.query(organizationRollupFunction());
    for (const [table, fn] of [
      ['request_fact', 'request_fact_month_rollup'],
      ['organization_fact', 'organization_fact_month_rollup'],
    ]) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_month_insert AFTER INSERT ON analytics.${table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics.${fn}()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_month_update AFTER UPDATE ON analytics.${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics.${fn}()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_month_delete AFTER DELETE ON analytics.${table} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics.${fn}()`,
      );
    }
    // The figures of the facts already there.
    await queryRunner.query(recountRequestMonthFigures());
    // The edges of a period (its partial months) and the open requests' overdue reading come from the facts.
    await queryRunner.query(
      `CREATE INDEX request_fact_open_region_submitted_idx ON analytics.request_fact (region_code, submitted_at)
       WHERE status IN (${ROLLUP_OPEN_STATUSES.map((status) => `'${status}'`).join(', ')})`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX analytics.request_fact_open_region_submitted_idx`);
    for (const table of ['request_fact', 'organization_fact']) {
      for (const op of ['insert', 'update', 'delete']) await queryRunner.query(`DROP TRIGGER ${table}_month_${op} ON analytics.${table}`);
    }
    await queryRunner.query(`DROP FUNCTION analytics.request_fact_month_rollup()`);
    await queryRunner.query(`DROP FUNCTION analytics.organization_fact_month_rollup()`);
    await queryRunner.query(`DROP TABLE analytics.request_month_figures`);
  }
}
