import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12: the needs and problems register. An entry per region (optionally per district), its
 * status history and its comment thread. Evidence is a typed list of ids per kind of record
 * (owned by other subgraphs, so no foreign keys). Lists are keyset-paged on (created_at, id).
 */
export class NeedsRegister1765100000000 implements MigrationInterface {
  name = 'NeedsRegister1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE analytics.need (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_code text NOT NULL,
        district_code text,
        theme text NOT NULL,
        kind text NOT NULL,
        narrative text NOT NULL,
        first_noticed_on date NOT NULL,
        status text NOT NULL,
        organization_ids uuid[] NOT NULL DEFAULT '{}',
        contact_ids uuid[] NOT NULL DEFAULT '{}',
        assistance_request_ids uuid[] NOT NULL DEFAULT '{}',
        training_ids uuid[] NOT NULL DEFAULT '{}',
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_by text,
        version int NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX need_created_idx ON analytics.need (created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX need_region_created_idx ON analytics.need (region_code, created_at DESC, id DESC)`);
    await queryRunner.query(`
      CREATE TABLE analytics.need_status_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        need_id uuid NOT NULL REFERENCES analytics.need (id) ON DELETE CASCADE,
        from_status text,
        to_status text NOT NULL,
        comment text,
        changed_by text NOT NULL,
        changed_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX need_status_change_need_idx ON analytics.need_status_change (need_id, changed_at, id)`);
    await queryRunner.query(`
      CREATE TABLE analytics.need_comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        need_id uuid NOT NULL REFERENCES analytics.need (id) ON DELETE CASCADE,
        author_id text NOT NULL,
        text text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX need_comment_need_idx ON analytics.need_comment (need_id, created_at, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE analytics.need_comment`);
    await queryRunner.query(`DROP TABLE analytics.need_status_change`);
    await queryRunner.query(`DROP TABLE analytics.need`);
  }
}
