import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organizations' verification status, from registry.organization-verification-changed. A table of
 * its own: a status may arrive before the organization's registration, and the newest derivation
 * (changed_at) wins whatever order they arrive in.
 */
export class OrganizationVerification1765220000000 implements MigrationInterface {
  name = 'OrganizationVerification1765220000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE analytics.organization_verification (
        organization_id uuid PRIMARY KEY,
        status text NOT NULL,
        verified_at timestamptz(3),
        changed_at timestamptz(3) NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE analytics.organization_verification`);
  }
}
