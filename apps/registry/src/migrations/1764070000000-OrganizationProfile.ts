import { nameDuplicateKey, nameSearchKey } from '@birge/shared-reference';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 3, actors: the profile of an organization, initiative group or independent volunteer.
 * Contact people live in a jsonb column of the row: they are always read with it, never queried
 * across organizations, and the security issue masks them as one value.
 */
export class OrganizationProfile1764070000000 implements MigrationInterface {
  name = 'OrganizationProfile1764070000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE registry.organization
        ADD COLUMN name_kk text CHECK (length(name_kk) <= 200),
        ADD COLUMN name_ru text CHECK (length(name_ru) <= 200),
        ADD COLUMN name_latin text CHECK (length(name_latin) <= 200),
        ADD COLUMN legal_form text CHECK (legal_form IN ('ASSOCIATION_OF_LEGAL_ENTITIES', 'PUBLIC_FOUNDATION', 'PUBLIC_ASSOCIATION', 'OTHER')),
        ADD COLUMN bin text CHECK (bin ~ '^[0-9]{12}$'),
        ADD COLUMN qazvolunteer_id text,
        ADD COLUMN categories text[] NOT NULL DEFAULT '{}',
        ADD COLUMN modes text[] NOT NULL DEFAULT '{}',
        ADD COLUMN description text CHECK (length(description) <= 5000),
        ADD COLUMN contact_people jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN volunteer_count int CHECK (volunteer_count >= 0),
        ADD COLUMN founded_on date,
        ADD COLUMN status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'DORMANT', 'CLOSED')),
        ADD COLUMN updated_by text,
        ADD COLUMN search_key text NOT NULL DEFAULT '',
        ADD COLUMN duplicate_key text NOT NULL DEFAULT ''`);
    await queryRunner.query(`CREATE UNIQUE INDEX organization_bin_key ON registry.organization (bin) WHERE bin IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX organization_qazvolunteer_key ON registry.organization (qazvolunteer_id) WHERE qazvolunteer_id IS NOT NULL`);
    const rows: { id: string; name: string }[] = await queryRunner.query(`SELECT id, name FROM registry.organization`);
    for (const row of rows) {
      await queryRunner.query(`UPDATE registry.organization SET search_key = $2, duplicate_key = $3 WHERE id = $1`, [row.id, nameSearchKey(row.name), nameDuplicateKey(row.name)]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX registry.organization_qazvolunteer_key`);
    await queryRunner.query(`DROP INDEX registry.organization_bin_key`);
    await queryRunner.query(`
      ALTER TABLE registry.organization
        DROP COLUMN name_kk, DROP COLUMN name_ru, DROP COLUMN name_latin, DROP COLUMN legal_form, DROP COLUMN bin,
        DROP COLUMN qazvolunteer_id, DROP COLUMN categories, DROP COLUMN modes, DROP COLUMN description,
        DROP COLUMN contact_people, DROP COLUMN volunteer_count, DROP COLUMN founded_on, DROP COLUMN status,
        DROP COLUMN updated_by, DROP COLUMN search_key, DROP COLUMN duplicate_key`);
  }
}
