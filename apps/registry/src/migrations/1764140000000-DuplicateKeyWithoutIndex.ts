import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Import speed: the trigram index on duplicate_key goes. Its only reader is the possible-duplicates
 * check (DuplicatesService.find), which asks within one region: the region index narrows that to
 * the region's records (a few thousand at 100,000 in the registry) and word_similarity over them
 * takes milliseconds, while keeping the index up cost every imported row a second trigram GIN
 * insert (about a sixth of the import's time at 100,000 rows).
 */
export class DuplicateKeyWithoutIndex1764140000000 implements MigrationInterface {
  name = 'DuplicateKeyWithoutIndex1764140000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX registry.organization_duplicate_key_trgm`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX organization_duplicate_key_trgm ON registry.organization USING gin (duplicate_key public.gin_trgm_ops)`);
  }
}
