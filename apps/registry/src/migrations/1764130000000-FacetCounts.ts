import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The facet values one organization row counts for; `s` is +1 for a new row, -1 for an old one. */
export const FACET_VALUES = `
  SELECT v.facet, v.value, sum(o.s)::int AS delta
  FROM rows o
  CROSS JOIN LATERAL (
    VALUES ('total', ''), ('regions', o.region_code), ('districts', o.district_code), ('kinds', o.kind), ('statuses', o.status),
           ('verificationStatuses', o.verification_status), ('contactNever', CASE WHEN o.last_contact_on IS NULL THEN 'NEVER' END)
    UNION ALL SELECT 'directions', d FROM unnest(o.directions) d
    UNION ALL SELECT 'categories', c FROM unnest(o.categories) c
    UNION ALL SELECT 'modes', m FROM unnest(o.modes) m
  ) v(facet, value)
  WHERE v.value IS NOT NULL
  GROUP BY v.facet, v.value
  HAVING sum(o.s) <> 0`;

/** The statement trigger function that writes the deltas `values` computes from the changed rows. */
export function facetDeltasFunction(values: string): string {
  return `
      CREATE OR REPLACE FUNCTION registry.organization_facet_deltas() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO registry.organization_facet_delta (facet, value, delta)
          WITH rows AS (SELECT 1 AS s, * FROM new_rows) ${values};
        ELSIF TG_OP = 'UPDATE' THEN
          INSERT INTO registry.organization_facet_delta (facet, value, delta)
          WITH rows AS (SELECT 1 AS s, * FROM new_rows UNION ALL SELECT -1, * FROM old_rows) ${values};
        ELSE
          INSERT INTO registry.organization_facet_delta (facet, value, delta)
          WITH rows AS (SELECT -1 AS s, * FROM old_rows) ${values};
        END IF;
        RETURN NULL;
      END $$`;
}

/**
 * Issue 3, search at 100,000 organizations: the unfiltered facet counts are kept up to date by
 * statement triggers instead of counted on every request. The triggers only ever INSERT deltas
 * (never update a shared counter row), so concurrent writers do not queue behind each other or
 * behind a long import; readers sum the deltas and fold them together now and then. Counts that
 * depend on today's date (verification expired, contact recent/stale) are derived at read time
 * from index range counts.
 */
export class FacetCounts1764130000000 implements MigrationInterface {
  name = 'FacetCounts1764130000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE registry.organization_facet_delta (
        facet text NOT NULL,
        value text NOT NULL,
        delta int NOT NULL
      )`);
    await queryRunner.query(facetDeltasFunction(FACET_VALUES));
    await queryRunner.query(`CREATE TRIGGER organization_facets_insert AFTER INSERT ON registry.organization
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION registry.organization_facet_deltas()`);
    await queryRunner.query(`CREATE TRIGGER organization_facets_update AFTER UPDATE ON registry.organization
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION registry.organization_facet_deltas()`);
    await queryRunner.query(`CREATE TRIGGER organization_facets_delete AFTER DELETE ON registry.organization
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION registry.organization_facet_deltas()`);
    await queryRunner.query(`INSERT INTO registry.organization_facet_delta (facet, value, delta)
      WITH rows AS (SELECT 1 AS s, * FROM registry.organization) ${FACET_VALUES}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const op of ['insert', 'update', 'delete']) await queryRunner.query(`DROP TRIGGER organization_facets_${op} ON registry.organization`);
    await queryRunner.query(`DROP FUNCTION registry.organization_facet_deltas()`);
    await queryRunner.query(`DROP TABLE registry.organization_facet_delta`);
  }
}
