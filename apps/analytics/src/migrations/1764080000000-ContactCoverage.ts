import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 3: district coverage follows the contact log. One row per contact learnt from
 * `registry.contact-logged`; the last contact per district is an index lookup away.
 */
export class ContactCoverage1764080000000 implements MigrationInterface {
  name = 'ContactCoverage1764080000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE analytics.contact_fact (
        contact_id uuid PRIMARY KEY,
        organization_id uuid NOT NULL,
        region_code text NOT NULL,
        district_code text,
        kind text NOT NULL,
        occurred_on date NOT NULL,
        told_about_offer boolean NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX contact_fact_district_idx ON analytics.contact_fact (region_code, district_code, occurred_on DESC)`);
    await queryRunner.query(`CREATE INDEX contact_fact_organization_idx ON analytics.contact_fact (organization_id)`);
    // The registry version an organization fact reflects, so a late edit event never overwrites a newer one.
    await queryRunner.query(`ALTER TABLE analytics.organization_fact ADD COLUMN version int`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE analytics.organization_fact DROP COLUMN version`);
    await queryRunner.query(`DROP TABLE analytics.contact_fact`);
  }
}
