import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Introductions between two organizations of a region, made by the front office after
 * cooperation matchmaking: who introduced them, on which day, with a note. One per pair (the pair
 * is kept in id order); ids stay as recorded, a merged record's introductions are read for the one
 * it was merged into.
 */
export class CooperationIntroductions1766300000000 implements MigrationInterface {
  name = 'CooperationIntroductions1766300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE registry.cooperation_introduction (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        first_organization_id uuid NOT NULL,
        second_organization_id uuid NOT NULL,
        region_code text NOT NULL REFERENCES registry.region (code),
        introduced_on date NOT NULL,
        introduced_by text NOT NULL,
        note text CHECK (note IS NULL OR length(note) <= 2000),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK (first_organization_id < second_organization_id),
        UNIQUE (first_organization_id, second_organization_id)
      )`);
    await queryRunner.query(`CREATE INDEX cooperation_introduction_second_idx ON registry.cooperation_introduction (second_organization_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE registry.cooperation_introduction`);
  }
}
