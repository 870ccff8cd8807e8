import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When an account's creation was announced (`identity.account-created`). Accounts created before
 * accounts were announced have none: identity announces them at its next start, so the
 * notifications subgraph learns whom to write to about every account, old ones too.
 */
export class AccountAnnouncements1765510000000 implements MigrationInterface {
  name = 'AccountAnnouncements1765510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE identity.staff_account ADD COLUMN announced_at timestamptz(3)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE identity.staff_account DROP COLUMN announced_at`);
  }
}
