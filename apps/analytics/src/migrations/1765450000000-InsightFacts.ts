import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: the facts of every figure of the analytics API. Organizations get their legal form,
 * directions, categories and modes; requests their due date, first response, resolution, rating
 * and referrals; trainings and bookings get facts of their own. Indexes serve the API's
 * statements, which always narrow by region and period.
 */
export class InsightFacts1765450000000 implements MigrationInterface {
  name = 'InsightFacts1765450000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE analytics.organization_fact ADD COLUMN legal_form text, ADD COLUMN directions text[] NOT NULL DEFAULT '{}',
       ADD COLUMN categories text[] NOT NULL DEFAULT '{}', ADD COLUMN modes text[] NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(`CREATE INDEX organization_fact_region_registered_idx ON analytics.organization_fact (region_code, registered_at) WHERE merged_into IS NULL`);
    await queryRunner.query(
      `ALTER TABLE analytics.request_fact ADD COLUMN due_at timestamptz(3), ADD COLUMN first_response_at timestamptz(3),
       ADD COLUMN resolved_at timestamptz(3), ADD COLUMN rating smallint,
       ADD COLUMN referral_count int NOT NULL DEFAULT 0, ADD COLUMN answered_referral_count int NOT NULL DEFAULT 0`,
    );
    await queryRunner.query(`CREATE INDEX request_fact_region_submitted_idx ON analytics.request_fact (region_code, submitted_at)`);
    await queryRunner.query(`CREATE INDEX request_fact_organization_idx ON analytics.request_fact (organization_id)`);
    await queryRunner.query(`CREATE INDEX contact_fact_region_occurred_idx ON analytics.contact_fact (region_code, occurred_on)`);
    await queryRunner.query(
      `CREATE TABLE analytics.training_fact (
         training_id uuid PRIMARY KEY,
         region_code text NOT NULL,
         starts_at timestamptz(3) NOT NULL,
         status text NOT NULL,
         seats int NOT NULL,
         registered int NOT NULL DEFAULT 0,
         attended int NOT NULL DEFAULT 0,
         changed_at timestamptz(3) NOT NULL
       )`,
    );
    await queryRunner.query(`CREATE INDEX training_fact_region_starts_idx ON analytics.training_fact (region_code, starts_at)`);
    await queryRunner.query(
      `CREATE TABLE analytics.booking_fact (
         booking_id uuid PRIMARY KEY,
         resource_id uuid NOT NULL,
         resource_kind text NOT NULL,
         organization_id uuid NOT NULL,
         region_code text NOT NULL,
         starts_at timestamptz(3) NOT NULL,
         ends_at timestamptz(3) NOT NULL,
         status text NOT NULL
       )`,
    );
    await queryRunner.query(`CREATE INDEX booking_fact_region_starts_idx ON analytics.booking_fact (region_code, starts_at)`);
    await queryRunner.query(`CREATE INDEX booking_fact_organization_idx ON analytics.booking_fact (organization_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE analytics.booking_fact`);
    await queryRunner.query(`DROP TABLE analytics.training_fact`);
    await queryRunner.query(`DROP INDEX analytics.contact_fact_region_occurred_idx`);
    await queryRunner.query(`DROP INDEX analytics.request_fact_organization_idx`);
    await queryRunner.query(`DROP INDEX analytics.request_fact_region_submitted_idx`);
    await queryRunner.query(
      `ALTER TABLE analytics.request_fact DROP COLUMN due_at, DROP COLUMN first_response_at, DROP COLUMN resolved_at, DROP COLUMN rating,
       DROP COLUMN referral_count, DROP COLUMN answered_referral_count`,
    );
    await queryRunner.query(`DROP INDEX analytics.organization_fact_region_registered_idx`);
    await queryRunner.query(`ALTER TABLE analytics.organization_fact DROP COLUMN legal_form, DROP COLUMN directions, DROP COLUMN categories, DROP COLUMN modes`);
  }
}
