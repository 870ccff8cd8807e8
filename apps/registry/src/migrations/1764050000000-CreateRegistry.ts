import { REGIONS } from '@birge/shared-reference';
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRegistry1764050000000 implements MigrationInterface {
  name = 'CreateRegistry1764050000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE registry.region (
        code text PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('oblast', 'city')),
        iso_code text NOT NULL UNIQUE,
        name_kk text NOT NULL,
        name_ru text NOT NULL,
        name_en text NOT NULL,
        sort_order int NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE registry.district (
        code text PRIMARY KEY,
        region_code text NOT NULL REFERENCES registry.region (code),
        kind text NOT NULL CHECK (kind IN ('district', 'city', 'city_district')),
        name_kk text NOT NULL,
        name_ru text NOT NULL,
        name_en text NOT NULL,
        sort_order int NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX district_region_idx ON registry.district (region_code, sort_order)`);
    await queryRunner.query(`
      CREATE TABLE registry.organization (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
        kind text NOT NULL CHECK (kind IN ('NGO', 'INITIATIVE_GROUP', 'INDEPENDENT_VOLUNTEER')),
        region_code text NOT NULL REFERENCES registry.region (code),
        district_code text REFERENCES registry.district (code),
        directions text[] NOT NULL CHECK (cardinality(directions) >= 1),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        version int NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE INDEX organization_created_idx ON registry.organization (created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX organization_region_created_idx ON registry.organization (region_code, created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX organization_district_idx ON registry.organization (district_code)`);
    await queryRunner.query(`CREATE INDEX organization_directions_idx ON registry.organization USING gin (directions)`);

    let regionOrder = 0;
    for (const region of REGIONS) {
      await queryRunner.query(`INSERT INTO registry.region (code, kind, iso_code, name_kk, name_ru, name_en, sort_order) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
        region.code,
        region.kind,
        region.iso,
        region.name.kk,
        region.name.ru,
        region.name.en,
        ++regionOrder,
      ]);
      const districts = region.districts;
      await queryRunner.query(
        `INSERT INTO registry.district (code, region_code, kind, name_kk, name_ru, name_en, sort_order)
         SELECT d.code, $1, d.kind, d.kk, d.ru, d.en, d.ord
         FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) WITH ORDINALITY AS d(code, kind, kk, ru, en, ord)`,
        [
          region.code,
          districts.map((d) => d.code),
          districts.map((d) => d.kind),
          districts.map((d) => d.name.kk),
          districts.map((d) => d.name.ru),
          districts.map((d) => d.name.en),
        ],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE registry.organization`);
    await queryRunner.query(`DROP TABLE registry.district`);
    await queryRunner.query(`DROP TABLE registry.region`);
  }
}
