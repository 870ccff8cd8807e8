import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organizations the registry merged into another: the merged id no longer exists. Kept so that
 * anything still arriving for the merged id (a late registry.organization-registered from
 * another queue, a request submitted from a stale page) goes to the kept organization.
 */
export class OrganizationMerges1764400100000 implements MigrationInterface {
  name = 'OrganizationMerges1764400100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE assistance.organization_merge (
        merged_id uuid PRIMARY KEY,
        kept_id uuid NOT NULL,
        event_id uuid NOT NULL,
        merged_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK (merged_id <> kept_id)
      )`);
    await queryRunner.query(`CREATE INDEX organization_merge_kept_idx ON assistance.organization_merge (kept_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE assistance.organization_merge`);
  }
}
