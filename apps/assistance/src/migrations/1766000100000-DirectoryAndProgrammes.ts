import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17: the registry directory's entries assistance links to (a copy of their names, kept from
 * registry.directory-entry-changed), referrals linked to a state body of it (the free text stays
 * for older rows), and the catalog of grant and support programmes with its documents.
 */
export class DirectoryAndProgrammes1766000100000 implements MigrationInterface {
  name = 'DirectoryAndProgrammes1766000100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE assistance.directory_entry (
        id uuid PRIMARY KEY,
        entry_kind text NOT NULL CHECK (entry_kind IN ('STATE_BODY', 'SPONSOR')),
        region_code text,
        name_kk text NOT NULL,
        name_ru text NOT NULL,
        name_en text NOT NULL,
        archived boolean NOT NULL,
        version int NOT NULL
      )`);
    await queryRunner.query(`ALTER TABLE assistance.state_body_referral ADD COLUMN state_body_id uuid`);
    await queryRunner.query(
      `CREATE INDEX state_body_referral_body_idx ON assistance.state_body_referral (state_body_id, referred_on DESC, id DESC) WHERE state_body_id IS NOT NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE assistance.grant_programme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_region_code text,
        funder_kind text NOT NULL CHECK (funder_kind IN ('SPONSOR', 'STATE_BODY', 'OTHER')),
        funder_id uuid,
        funder_name text NOT NULL CHECK (length(funder_name) BETWEEN 2 AND 300),
        title_kk text NOT NULL CHECK (length(title_kk) BETWEEN 3 AND 300),
        title_ru text NOT NULL CHECK (length(title_ru) BETWEEN 3 AND 300),
        title_en text NOT NULL CHECK (length(title_en) BETWEEN 3 AND 300),
        description text,
        directions text[] NOT NULL DEFAULT '{}',
        actor_kinds text[] NOT NULL DEFAULT '{}',
        region_codes text[] NOT NULL DEFAULT '{}',
        amount_min numeric(14, 2),
        amount_max numeric(14, 2),
        opens_on date NOT NULL,
        closes_on date NOT NULL,
        link text,
        announced_at timestamptz(3),
        reminded_for date,
        created_by text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_by text,
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CHECK (closes_on >= opens_on),
        CHECK (amount_min IS NULL OR amount_max IS NULL OR amount_min <= amount_max),
        CHECK ((funder_kind = 'OTHER') = (funder_id IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX grant_programme_closes_idx ON assistance.grant_programme (closes_on, id)`);
    await queryRunner.query(`CREATE INDEX grant_programme_regions_idx ON assistance.grant_programme USING gin (region_codes)`);
    await queryRunner.query(`
      CREATE TABLE assistance.grant_programme_document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL REFERENCES assistance.grant_programme (id) ON DELETE CASCADE,
        file_name text NOT NULL,
        mime_type text NOT NULL,
        size_bytes int NOT NULL CHECK (size_bytes > 0),
        sha256 text NOT NULL,
        storage_key text NOT NULL UNIQUE,
        created_by text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX grant_programme_document_idx ON assistance.grant_programme_document (programme_id, created_at, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE assistance.grant_programme_document`);
    await queryRunner.query(`DROP TABLE assistance.grant_programme`);
    await queryRunner.query(`ALTER TABLE assistance.state_body_referral DROP COLUMN state_body_id`);
    await queryRunner.query(`DROP TABLE assistance.directory_entry`);
  }
}
