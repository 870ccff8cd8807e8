import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Entries written in one transaction can share a millisecond; a sequence keeps them in the
 * order they were written (a status change before the referral it carries).
 */
export class TimelineOrder1764600000000 implements MigrationInterface {
  name = 'TimelineOrder1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE assistance.request_timeline_entry ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY`);
    await queryRunner.query(`DROP INDEX assistance.request_timeline_entry_request_idx`);
    await queryRunner.query(`CREATE INDEX request_timeline_entry_request_idx ON assistance.request_timeline_entry (request_id, at, seq)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX assistance.request_timeline_entry_request_idx`);
    await queryRunner.query(`ALTER TABLE assistance.request_timeline_entry DROP COLUMN seq`);
    await queryRunner.query(`CREATE INDEX request_timeline_entry_request_idx ON assistance.request_timeline_entry (request_id, at, id)`);
  }
}
