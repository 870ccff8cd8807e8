import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The directory of state bodies (akimats, their departments, territorial offices, ...) per region
 * and district, and of sponsors and partners. Entries are archived, never deleted: referrals and
 * programmes in other subgraphs keep pointing to them.
 */
export class Directory1766000000000 implements MigrationInterface {
  name = 'Directory1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE registry.state_body (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('AKIMAT', 'DEPARTMENT', 'TERRITORIAL_OFFICE', 'INSTITUTION', 'OTHER')),
        region_code text NOT NULL REFERENCES registry.region (code),
        district_code text REFERENCES registry.district (code),
        parent_id uuid REFERENCES registry.state_body (id),
        name_kk text NOT NULL CHECK (length(name_kk) BETWEEN 2 AND 300),
        name_ru text NOT NULL CHECK (length(name_ru) BETWEEN 2 AND 300),
        name_en text NOT NULL CHECK (length(name_en) BETWEEN 2 AND 300),
        address text,
        phone text,
        email text,
        website text,
        contact_points jsonb NOT NULL DEFAULT '[]',
        notes text,
        archived_at timestamptz(3),
        created_by text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_by text,
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE INDEX state_body_region_idx ON registry.state_body (region_code, district_code, name_kk, id)`);
    await queryRunner.query(`CREATE INDEX state_body_parent_idx ON registry.state_body (parent_id) WHERE parent_id IS NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE registry.sponsor (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('BUSINESS', 'FOUNDATION', 'NATIONAL_NETWORK_PARTNER', 'INTERNATIONAL', 'OTHER')),
        region_code text REFERENCES registry.region (code),
        name text NOT NULL CHECK (length(name) BETWEEN 2 AND 300),
        directions text[] NOT NULL DEFAULT '{}',
        writes_recommendation_letters boolean NOT NULL DEFAULT false,
        address text,
        phone text,
        email text,
        website text,
        contact_points jsonb NOT NULL DEFAULT '[]',
        notes text,
        archived_at timestamptz(3),
        created_by text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_by text,
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE INDEX sponsor_region_idx ON registry.sponsor (region_code, name, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE registry.sponsor`);
    await queryRunner.query(`DROP TABLE registry.state_body`);
  }
}
