import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The period's request facts of some regions, read by the insights that do not add up from the
 * monthly rollups (the median times, the overdue share of open requests), come from one index-only
 * scan: the (region, submitted) index carries the columns those measures and their groupings read.
 * At national scale ×10 a region's quarter (6,240 requests) went from 5,600 heap pages to 126
 * index pages, and the grouped, filtered insights query from 49 ms to 17 ms (tools/bench P4).
 */
export class RequestFactCoveringIndex1765480000000 implements MigrationInterface {
  name = 'RequestFactCoveringIndex1765480000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX request_fact_region_submitted_cover_idx ON analytics.request_fact (region_code, submitted_at)
      INCLUDE (type, subtype, status, outcome, organization_id, due_at, first_response_at, resolved_at, rating)`);
    await queryRunner.query(`DROP INDEX analytics.request_fact_region_submitted_idx`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX request_fact_region_submitted_idx ON analytics.request_fact (region_code, submitted_at)`);
    await queryRunner.query(`DROP INDEX analytics.request_fact_region_submitted_cover_idx`);
  }
}
