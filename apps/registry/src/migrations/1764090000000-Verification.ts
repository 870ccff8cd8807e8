import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 3, verification: checks by the memo's five methods with their evidence files, explicit
 * decisions, and the history of the derived status. File contents live behind the kit's FileStorage;
 * the database keeps their metadata and storage key.
 */
export class Verification1764090000000 implements MigrationInterface {
  name = 'Verification1764090000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE registry.organization
        ADD COLUMN verification_status text NOT NULL DEFAULT 'UNVERIFIED'
          CHECK (verification_status IN ('UNVERIFIED', 'IN_REVIEW', 'VERIFIED', 'REJECTED')),
        ADD COLUMN verified_at timestamptz(3)`);
    await queryRunner.query(`CREATE INDEX organization_verification_idx ON registry.organization (verification_status, verified_at)`);
    await queryRunner.query(`
      CREATE TABLE registry.verification_check (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES registry.organization (id),
        method text NOT NULL CHECK (method IN ('QAZVOLUNTEER_ID', 'PAST_WORK_REPORTS', 'RECOMMENDATION_LETTER', 'NVN_PARTNER_LETTER', 'VISIT')),
        outcome text NOT NULL CHECK (outcome IN ('PASSED', 'FAILED', 'PENDING')),
        notes text CHECK (length(notes) <= 5000),
        checked_by text NOT NULL,
        checked_at timestamptz(3) NOT NULL DEFAULT now(),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX verification_check_organization_idx ON registry.verification_check (organization_id, checked_at DESC)`);
    await queryRunner.query(`
      CREATE TABLE registry.evidence_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        check_id uuid NOT NULL REFERENCES registry.verification_check (id),
        file_name text NOT NULL,
        mime_type text NOT NULL,
        size_bytes int NOT NULL CHECK (size_bytes > 0),
        sha256 text NOT NULL,
        storage_key text NOT NULL UNIQUE,
        uploaded_by text NOT NULL,
        uploaded_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX evidence_file_check_idx ON registry.evidence_file (check_id)`);
    await queryRunner.query(`
      CREATE TABLE registry.verification_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES registry.organization (id),
        kind text NOT NULL CHECK (kind IN ('CHECK_RECORDED', 'CHECK_UPDATED', 'DECISION')),
        decision text CHECK (decision IN ('VERIFIED', 'REJECTED')),
        reason text CHECK (length(reason) <= 2000),
        status_before text NOT NULL,
        status_after text NOT NULL,
        actor text NOT NULL,
        at timestamptz(3) NOT NULL DEFAULT clock_timestamp()
      )`);
    await queryRunner.query(`CREATE INDEX verification_event_organization_idx ON registry.verification_event (organization_id, at DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE registry.verification_event`);
    await queryRunner.query(`DROP TABLE registry.evidence_file`);
    await queryRunner.query(`DROP TABLE registry.verification_check`);
    await queryRunner.query(`DROP INDEX registry.organization_verification_idx`);
    await queryRunner.query(`ALTER TABLE registry.organization DROP COLUMN verification_status, DROP COLUMN verified_at`);
  }
}
