import { createProcessedEventTable } from '@birge/server-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The analytics read model: one row per fact learnt from another subgraph's events. No foreign
 * keys to other schemas: those tables belong to other subgraphs and may live in other databases.
 */
export class CreateAnalytics1764060000000 implements MigrationInterface {
  name = 'CreateAnalytics1764060000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createProcessedEventTable(queryRunner, 'analytics');
    await queryRunner.query(`
      CREATE TABLE analytics.organization_fact (
        organization_id uuid PRIMARY KEY,
        kind text NOT NULL,
        region_code text NOT NULL,
        district_code text,
        registered_at timestamptz(3) NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX organization_fact_region_idx ON analytics.organization_fact (region_code, district_code)`);
    await queryRunner.query(`
      CREATE TABLE analytics.request_fact (
        request_id uuid PRIMARY KEY,
        organization_id uuid NOT NULL,
        region_code text NOT NULL,
        type text NOT NULL,
        subtype text NOT NULL,
        status text NOT NULL,
        submitted_at timestamptz(3) NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX request_fact_region_status_idx ON analytics.request_fact (region_code, status)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE analytics.request_fact`);
    await queryRunner.query(`DROP TABLE analytics.organization_fact`);
    await queryRunner.query(`DROP TABLE analytics.processed_event`);
  }
}
