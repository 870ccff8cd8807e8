import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 3, districts as editable reference data: the republican office renames, adds and abolishes
 * districts. An abolished district stays (organizations, contacts and history point to it) with
 * the date it ended; every change is kept in district_change with who, when and the values before
 * and after.
 */
export class EditableDistricts1764120000000 implements MigrationInterface {
  name = 'EditableDistricts1764120000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE registry.district
        ADD COLUMN abolished_on date,
        ADD COLUMN version int NOT NULL DEFAULT 1,
        ADD COLUMN updated_at timestamptz(3),
        ADD COLUMN updated_by text,
        ADD CONSTRAINT district_code_format CHECK (code ~ '^[0-9]{9}$')`);
    await queryRunner.query(`
      CREATE TABLE registry.district_change (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        district_code text NOT NULL REFERENCES registry.district (code),
        kind text NOT NULL CHECK (kind IN ('ADDED', 'UPDATED', 'ABOLISHED', 'RESTORED')),
        changed_by text NOT NULL,
        changed_at timestamptz(3) NOT NULL DEFAULT now(),
        old_values jsonb,
        new_values jsonb NOT NULL,
        reason text CHECK (length(reason) <= 1000)
      )`);
    await queryRunner.query(`CREATE INDEX district_change_district_idx ON registry.district_change (district_code, changed_at, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE registry.district_change`);
    await queryRunner.query(`
      ALTER TABLE registry.district
        DROP CONSTRAINT district_code_format, DROP COLUMN abolished_on, DROP COLUMN version, DROP COLUMN updated_at, DROP COLUMN updated_by`);
  }
}
