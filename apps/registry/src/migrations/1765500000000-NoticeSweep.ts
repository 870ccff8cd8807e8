import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The cases the registry's daily sweep has announced (a verification running out, a district's
 * contacts gone stale), one row per case: the sweep announces a case once, however often it runs.
 * The payload is what was announced.
 */
export class NoticeSweep1765500000000 implements MigrationInterface {
  name = 'NoticeSweep1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE registry.notice_sent (
        case_key text PRIMARY KEY,
        payload jsonb NOT NULL,
        sent_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE registry.notice_sent`);
  }
}
