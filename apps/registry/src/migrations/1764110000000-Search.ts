import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 3, search: fuzzy name search over the folded names (trigram index), an index per sort
 * order for keyset pagination, array indexes for the category and mode filters, and the date of
 * the last contact on the organization row so "in touch / stale / never" filters stay an index
 * lookup at 100,000 records.
 */
export class Search1764110000000 implements MigrationInterface {
  name = 'Search1764110000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX organization_search_key_trgm ON registry.organization USING gin (search_key public.gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX organization_name_idx ON registry.organization (name, id)`);
    await queryRunner.query(`CREATE INDEX organization_updated_idx ON registry.organization (updated_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX organization_categories_idx ON registry.organization USING gin (categories)`);
    await queryRunner.query(`CREATE INDEX organization_modes_idx ON registry.organization USING gin (modes)`);
    await queryRunner.query(`CREATE INDEX organization_kind_created_idx ON registry.organization (kind, created_at DESC, id DESC)`);
    await queryRunner.query(`ALTER TABLE registry.organization ADD COLUMN last_contact_on date`);
    await queryRunner.query(`
      UPDATE registry.organization o SET last_contact_on = c.last
      FROM (SELECT organization_id, max(occurred_on) AS last FROM registry.contact GROUP BY organization_id) c
      WHERE c.organization_id = o.id`);
    await queryRunner.query(`CREATE INDEX organization_last_contact_idx ON registry.organization (last_contact_on)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX registry.organization_last_contact_idx`);
    await queryRunner.query(`ALTER TABLE registry.organization DROP COLUMN last_contact_on`);
    for (const index of ['kind_created_idx', 'modes_idx', 'categories_idx', 'updated_idx', 'name_idx', 'search_key_trgm']) {
      await queryRunner.query(`DROP INDEX registry.organization_${index}`);
    }
  }
}
