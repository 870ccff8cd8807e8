import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The statuses of OPEN_ASSISTANCE_STATUSES when this migration was written (a test keeps them equal). */
export const ROLLUP_OPEN_STATUSES = ['NEW', 'TRIAGED', 'IN_PROGRESS', 'WAITING_ON_STATE_BODY'];

const open = ROLLUP_OPEN_STATUSES.map((status) => `'${status}'`).join(', ');

/** A statement-level trigger function adding what the statement's rows changed to region_figures. */
function rollupFunction(name: string, column: string, counts: string): string {
  const deltas = (rows: string, sign: string) => `SELECT region_code, ${sign}1 AS delta FROM ${rows} WHERE ${counts}`;
  const apply = (source: string) => `
      INSERT INTO analytics.region_figures AS f (region_code, ${column})
      SELECT region_code, sum(delta)::int FROM (${source}) d GROUP BY region_code HAVING sum(delta) <> 0 ORDER BY region_code
      ON CONFLICT (region_code) DO UPDATE SET ${column} = f.${column} + EXCLUDED.${column};`;
  return `CREATE FUNCTION analytics.${name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN ${apply(deltas('new_rows', '+'))}
      ELSIF TG_OP = 'UPDATE' THEN ${apply(`${deltas('new_rows', '+')} UNION ALL ${deltas('old_rows', '-')}`)}
      ELSE ${apply(deltas('old_rows', '-'))}
      END IF;
      RETURN NULL;
    END $$`;
}

/**
 * Issue 13, P4: the national overview reads a row per region instead of counting the facts. The
 * counts are kept by statement-level triggers on the facts, in the transaction of every change to
 * them (consumers, merges, the rebuild alike), so they equal the facts by construction; the
 * consistency test compares the overview with the owning services' truth.
 */
export class RegionFigures1765460000000 implements MigrationInterface {
  name = 'RegionFigures1765460000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE analytics.region_figures (
         region_code text PRIMARY KEY,
         organization_count int NOT NULL DEFAULT 0,
         open_request_count int NOT NULL DEFAULT 0
       )`,
    );
    await queryRunner.query(rollupFunction('organization_fact_rollup', 'organization_count', 'merged_into IS NULL'));
    await queryRunner.query(rollupFunction('request_fact_rollup', 'open_request_count', `status IN (${open})`));
    for (const [table, fn] of [
      ['organization_fact', 'organization_fact_rollup'],
      ['request_fact', 'request_fact_rollup'],
    ]) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_rollup_insert AFTER INSERT ON analytics.${table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics.${fn}()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_rollup_update AFTER UPDATE ON analytics.${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics.${fn}()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_rollup_delete AFTER DELETE ON analytics.${table} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics.${fn}()`,
      );
    }
    await queryRunner.query(
      `INSERT INTO analytics.region_figures (region_code, organization_count, open_request_count)
       SELECT region_code, sum(o)::int, sum(r)::int FROM (
         SELECT region_code, count(*) AS o, 0 AS r FROM analytics.organization_fact WHERE merged_into IS NULL GROUP BY region_code
         UNION ALL SELECT region_code, 0, count(*) FROM analytics.request_fact WHERE status IN (${open}) GROUP BY region_code) f
       GROUP BY region_code`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['organization_fact', 'request_fact']) {
      for (const op of ['insert', 'update', 'delete']) await queryRunner.query(`DROP TRIGGER ${table}_rollup_${op} ON analytics.${table}`);
    }
    await queryRunner.query(`DROP FUNCTION analytics.organization_fact_rollup()`);
    await queryRunner.query(`DROP FUNCTION analytics.request_fact_rollup()`);
    await queryRunner.query(`DROP TABLE analytics.region_figures`);
  }
}
