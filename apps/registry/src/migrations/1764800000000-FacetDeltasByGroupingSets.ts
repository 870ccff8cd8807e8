import type { MigrationInterface, QueryRunner } from 'typeorm';
import { FACET_VALUES, facetDeltasFunction } from './1764130000000-FacetCounts';

/**
 * The same facet deltas as FACET_VALUES, counted in two passes over the changed rows instead of
 * one pass that makes a dozen values per row: the single-valued facets with grouping sets, the
 * array facets (directions, categories, modes) by unnesting. About 2.5 times cheaper, which is what
 * every INSERT, UPDATE and DELETE of organizations pays, a CSV import's chunk of 2,000 rows most.
 */
const FACET_VALUES_BY_GROUPING_SETS = `
  SELECT facet, value, delta FROM (
    SELECT CASE WHEN GROUPING(region_code) = 0 THEN 'regions' WHEN GROUPING(district_code) = 0 THEN 'districts' WHEN GROUPING(kind) = 0 THEN 'kinds'
                WHEN GROUPING(status) = 0 THEN 'statuses' WHEN GROUPING(verification_status) = 0 THEN 'verificationStatuses'
                WHEN GROUPING(never) = 0 THEN 'contactNever' ELSE 'total' END AS facet,
           CASE WHEN GROUPING(region_code) = 0 THEN region_code WHEN GROUPING(district_code) = 0 THEN district_code WHEN GROUPING(kind) = 0 THEN kind
                WHEN GROUPING(status) = 0 THEN status WHEN GROUPING(verification_status) = 0 THEN verification_status
                WHEN GROUPING(never) = 0 THEN never ELSE '' END AS value,
           sum(s)::int AS delta
    FROM (SELECT s, region_code, district_code, kind, status, verification_status, CASE WHEN last_contact_on IS NULL THEN 'NEVER' END AS never FROM rows) o
    GROUP BY GROUPING SETS ((), (region_code), (district_code), (kind), (status), (verification_status), (never))
    UNION ALL
    SELECT v.facet, v.value, sum(o.s)::int
    FROM rows o CROSS JOIN LATERAL (
      SELECT 'directions', d FROM unnest(o.directions) d
      UNION ALL SELECT 'categories', c FROM unnest(o.categories) c
      UNION ALL SELECT 'modes', m FROM unnest(o.modes) m
    ) v(facet, value)
    GROUP BY v.facet, v.value
  ) f
  WHERE value IS NOT NULL AND delta <> 0`;

export class FacetDeltasByGroupingSets1764800000000 implements MigrationInterface {
  name = 'FacetDeltasByGroupingSets1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(facetDeltasFunction(FACET_VALUES_BY_GROUPING_SETS));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(facetDeltasFunction(FACET_VALUES));
  }
}
