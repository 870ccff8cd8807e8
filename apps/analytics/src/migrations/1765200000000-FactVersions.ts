import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: facts that stay right whatever order events arrive in. A merged organization stays as
 * a tombstone (merged_into) so a late registration or edit of it cannot bring it back; a request
 * fact keeps the whole state of the request with its version, so a late event never overwrites a
 * newer state. Counts read live organizations through a partial index.
 */
export class FactVersions1765200000000 implements MigrationInterface {
  name = 'FactVersions1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE analytics.organization_fact ADD COLUMN merged_into uuid`);
    await queryRunner.query(`DROP INDEX analytics.organization_fact_region_idx`);
    await queryRunner.query(
      `CREATE INDEX organization_fact_live_place_idx ON analytics.organization_fact (region_code, district_code) WHERE merged_into IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE analytics.request_fact ADD COLUMN version int, ADD COLUMN outcome text, ADD COLUMN assignee_id text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE analytics.request_fact DROP COLUMN assignee_id, DROP COLUMN outcome, DROP COLUMN version`);
    await queryRunner.query(`DELETE FROM analytics.organization_fact WHERE merged_into IS NOT NULL`);
    await queryRunner.query(`DROP INDEX analytics.organization_fact_live_place_idx`);
    await queryRunner.query(`CREATE INDEX organization_fact_region_idx ON analytics.organization_fact (region_code, district_code)`);
    await queryRunner.query(`ALTER TABLE analytics.organization_fact DROP COLUMN merged_into`);
  }
}
