import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17: the library of guides and templates (registering an NGO, grant applications,
 * reporting), each with its numbered versions of a file kept in the attachments' storage, and
 * the guides staff attach to consultative requests.
 */
export class Guides1766000400000 implements MigrationInterface {
  name = 'Guides1766000400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE assistance.guide (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_region_code text,
        language text NOT NULL CHECK (language IN ('KK', 'RU')),
        title text NOT NULL CHECK (length(title) BETWEEN 3 AND 300),
        description text,
        subtypes text[] NOT NULL DEFAULT '{}',
        directions text[] NOT NULL DEFAULT '{}',
        latest_version int NOT NULL DEFAULT 1 CHECK (latest_version >= 1),
        created_by text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_by text,
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE INDEX guide_title_idx ON assistance.guide (title, id)`);
    await queryRunner.query(`CREATE INDEX guide_subtypes_idx ON assistance.guide USING gin (subtypes)`);
    await queryRunner.query(`
      CREATE TABLE assistance.guide_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        guide_id uuid NOT NULL REFERENCES assistance.guide (id) ON DELETE CASCADE,
        number int NOT NULL CHECK (number >= 1),
        note text,
        file_name text NOT NULL,
        mime_type text NOT NULL,
        size_bytes int NOT NULL CHECK (size_bytes > 0),
        sha256 text NOT NULL,
        storage_key text NOT NULL UNIQUE,
        created_by text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (guide_id, number)
      )`);
    await queryRunner.query(`
      CREATE TABLE assistance.request_guide (
        request_id uuid NOT NULL REFERENCES assistance.assistance_request (id) ON DELETE CASCADE,
        guide_id uuid NOT NULL REFERENCES assistance.guide (id) ON DELETE CASCADE,
        attached_by text NOT NULL,
        attached_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (request_id, guide_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE assistance.request_guide`);
    await queryRunner.query(`DROP TABLE assistance.guide_version`);
    await queryRunner.query(`DROP TABLE assistance.guide`);
  }
}
