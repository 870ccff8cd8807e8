import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIdentity1764400000000 implements MigrationInterface {
  name = 'CreateIdentity1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE identity.staff_account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
        name text NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
        role text NOT NULL CHECK (role IN ('REPUBLICAN_ADMIN', 'REGIONAL_STAFF', 'ANALYST')),
        region_code text,
        password_hash text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        deactivated_at timestamptz(3),
        last_login_at timestamptz(3),
        version int NOT NULL DEFAULT 1,
        -- A regional staff member has exactly one region; national roles have none.
        CONSTRAINT staff_account_region_check CHECK ((role = 'REGIONAL_STAFF') = (region_code IS NOT NULL))
      )`);
    // One account per address, whatever its case.
    await queryRunner.query(`CREATE UNIQUE INDEX staff_account_email_key ON identity.staff_account (lower(email))`);
    await queryRunner.query(`CREATE INDEX staff_account_created_idx ON identity.staff_account (created_at DESC, id DESC)`);
    await queryRunner.query(`
      CREATE TABLE identity.session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL,
        account_id uuid NOT NULL REFERENCES identity.staff_account (id),
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz(3) NOT NULL,
        revoked_at timestamptz(3),
        revoked_reason text CHECK (revoked_reason IN ('ROTATED', 'LOGOUT', 'REUSE_DETECTED', 'ACCOUNT_DEACTIVATED')),
        CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX session_family_idx ON identity.session (family_id)`);
    await queryRunner.query(`CREATE INDEX session_account_live_idx ON identity.session (account_id) WHERE revoked_at IS NULL`);
    // Failed logins per address, known or not, so a lock-out does not tell whether an account exists.
    await queryRunner.query(`
      CREATE TABLE identity.login_throttle (
        email_key text PRIMARY KEY,
        failed_count int NOT NULL DEFAULT 0,
        last_failed_at timestamptz(3),
        locked_until timestamptz(3)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE identity.login_throttle`);
    await queryRunner.query(`DROP TABLE identity.session`);
    await queryRunner.query(`DROP TABLE identity.staff_account`);
  }
}
