import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 3, contact log: every interaction of a front office with an actor. */
export class ContactLog1764080000000 implements MigrationInterface {
  name = 'ContactLog1764080000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE registry.contact (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES registry.organization (id),
        kind text NOT NULL CHECK (kind IN ('MEETING', 'CALL', 'VISIT', 'EVENT', 'MESSAGE')),
        occurred_on date NOT NULL,
        district_code text REFERENCES registry.district (code),
        staff_user_id text NOT NULL,
        notes text CHECK (length(notes) <= 5000),
        told_about_offer boolean NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX contact_organization_idx ON registry.contact (organization_id, occurred_on DESC, id DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE registry.contact`);
  }
}
