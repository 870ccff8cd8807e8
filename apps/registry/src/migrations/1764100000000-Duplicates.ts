import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 3, duplicates: trigram similarity over the folded names (pg_trgm), and the record of
 * merges, so a merged id keeps resolving to the record it became.
 */
export class Duplicates1764100000000 implements MigrationInterface {
  name = 'Duplicates1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`);
    await queryRunner.query(`CREATE INDEX organization_duplicate_key_trgm ON registry.organization USING gin (duplicate_key public.gin_trgm_ops)`);
    await queryRunner.query(`
      CREATE TABLE registry.organization_merge (
        merged_id uuid PRIMARY KEY,
        kept_id uuid NOT NULL REFERENCES registry.organization (id),
        merged_by text NOT NULL,
        merged_at timestamptz(3) NOT NULL DEFAULT now(),
        merged_record jsonb NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX organization_merge_kept_idx ON registry.organization_merge (kept_id)`);
    // A merge brings the other record's checks along; the verification history says so.
    await queryRunner.query(`ALTER TABLE registry.verification_event DROP CONSTRAINT verification_event_kind_check`);
    await queryRunner.query(`ALTER TABLE registry.verification_event ADD CONSTRAINT verification_event_kind_check
      CHECK (kind IN ('CHECK_RECORDED', 'CHECK_UPDATED', 'DECISION', 'MERGED'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM registry.verification_event WHERE kind = 'MERGED'`);
    await queryRunner.query(`ALTER TABLE registry.verification_event DROP CONSTRAINT verification_event_kind_check`);
    await queryRunner.query(`ALTER TABLE registry.verification_event ADD CONSTRAINT verification_event_kind_check
      CHECK (kind IN ('CHECK_RECORDED', 'CHECK_UPDATED', 'DECISION'))`);
    await queryRunner.query(`DROP TABLE registry.organization_merge`);
    await queryRunner.query(`DROP INDEX registry.organization_duplicate_key_trgm`);
    // Dropped only when nothing else in the database uses it (another subgraph may).
    await queryRunner.query(`DO $$ BEGIN DROP EXTENSION IF EXISTS pg_trgm; EXCEPTION WHEN dependent_objects_still_exist THEN NULL; END $$`);
  }
}
