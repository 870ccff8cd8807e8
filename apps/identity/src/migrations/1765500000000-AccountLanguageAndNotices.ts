import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The language a staff member reads their mail in (Kazakh unless chosen), and when an API key's
 * coming expiry was announced (once per key).
 */
export class AccountLanguageAndNotices1765500000000 implements MigrationInterface {
  name = 'AccountLanguageAndNotices1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE identity.staff_account ADD COLUMN language text NOT NULL DEFAULT 'kk' CHECK (language IN ('kk', 'ru', 'en'))`);
    await queryRunner.query(`ALTER TABLE identity.api_key ADD COLUMN expiry_announced_at timestamptz(3)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE identity.api_key DROP COLUMN expiry_announced_at`);
    await queryRunner.query(`ALTER TABLE identity.staff_account DROP COLUMN language`);
  }
}
