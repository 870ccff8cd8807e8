import { createProcessedEventTable } from '@birge/server-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAssistance1764050100000 implements MigrationInterface {
  name = 'CreateAssistance1764050100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE assistance.organization_directory (
        organization_id uuid PRIMARY KEY,
        region_code text NOT NULL,
        district_code text
      )`);
    await queryRunner.query(`
      CREATE TABLE assistance.assistance_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        region_code text,
        type text NOT NULL,
        subtype text NOT NULL,
        status text NOT NULL,
        description text NOT NULL CHECK (length(description) BETWEEN 5 AND 4000),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        version int NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE INDEX assistance_request_organization_idx ON assistance.assistance_request (organization_id, created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX assistance_request_waiting_idx ON assistance.assistance_request (organization_id) WHERE region_code IS NULL`);
    await queryRunner.query(`CREATE INDEX assistance_request_region_idx ON assistance.assistance_request (region_code, status)`);
    await createProcessedEventTable(queryRunner, 'assistance');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE assistance.processed_event`);
    await queryRunner.query(`DROP TABLE assistance.assistance_request`);
    await queryRunner.query(`DROP TABLE assistance.organization_directory`);
  }
}
