import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Import speed, from an audit of the organization table's 15 indexes against the queries that read
 * them (OrganizationSearchService lists, counts and facets; the import's and createOrganization's
 * lookups by BIN and Qazvolunteer.kz ID; DuplicatesService within one region). Each imported row
 * paid an entry in every index; now it pays in 11 of 13, and nothing any query used is gone:
 *
 * - directions, categories and modes filters (`@>`) had a GIN index each. One GIN index over the
 *   three columns serves a filter on any of them, or several at once, as well as the three did
 *   (GIN searches each column of a multicolumn index alike), with one structure and one pending list
 *   to keep up instead of three.
 * - verification_status / verified_at: every query that uses it asks for VERIFIED (and EXPIRED),
 *   IN_REVIEW or REJECTED records; UNVERIFIED, what every new or imported record is and most of the
 *   registry, is a sequential scan anyway. The index keeps only the others.
 * - last_contact_on: RECENT and STALE filters and the "recent" facet count ask for a date; NEVER
 *   (most records) is a sequential scan anyway. The index keeps only records with a contact.
 *
 * Kept as they were, each with its reader: the primary key; bin and qazvolunteer_id (unique,
 * partial); created_at, updated_at and name with id (the keyset orders NEWEST/OLDEST,
 * RECENTLY_UPDATED, NAME); region_code and kind with created_at (region and kind filters with their
 * newest-first pages and index-only counts; possible duplicates within a region); district_code
 * (district filter); the trigram index on search_key (fuzzy search).
 */
export class ImportIndexes1764700000000 implements MigrationInterface {
  name = 'ImportIndexes1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX organization_arrays_idx ON registry.organization USING gin (directions, categories, modes)`);
    for (const index of ['directions_idx', 'categories_idx', 'modes_idx']) await queryRunner.query(`DROP INDEX registry.organization_${index}`);
    await queryRunner.query(`DROP INDEX registry.organization_verification_idx`);
    await queryRunner.query(`CREATE INDEX organization_verification_idx ON registry.organization (verification_status, verified_at) WHERE verification_status <> 'UNVERIFIED'`);
    await queryRunner.query(`DROP INDEX registry.organization_last_contact_idx`);
    await queryRunner.query(`CREATE INDEX organization_last_contact_idx ON registry.organization (last_contact_on) WHERE last_contact_on IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX registry.organization_last_contact_idx`);
    await queryRunner.query(`CREATE INDEX organization_last_contact_idx ON registry.organization (last_contact_on)`);
    await queryRunner.query(`DROP INDEX registry.organization_verification_idx`);
    await queryRunner.query(`CREATE INDEX organization_verification_idx ON registry.organization (verification_status, verified_at)`);
    await queryRunner.query(`CREATE INDEX organization_directions_idx ON registry.organization USING gin (directions)`);
    await queryRunner.query(`CREATE INDEX organization_categories_idx ON registry.organization USING gin (categories)`);
    await queryRunner.query(`CREATE INDEX organization_modes_idx ON registry.organization USING gin (modes)`);
    await queryRunner.query(`DROP INDEX registry.organization_arrays_idx`);
  }
}
