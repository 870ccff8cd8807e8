import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An inbox people like: who acted (never told about it), who a notification is for (one user, or
 * the region's staff when null), what changed (statuses from and to, the previous assignee), and
 * each user's own archive. Assignments already stored go to their assignee only from now on.
 */
export class InboxTargeting1765320000000 implements MigrationInterface {
  name = 'InboxTargeting1765320000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE notifications.notification
        ADD COLUMN actor_id text,
        ADD COLUMN recipient_id text,
        ADD COLUMN from_status text,
        ADD COLUMN to_status text,
        ADD COLUMN previous_assignee_id text`);
    await queryRunner.query(`UPDATE notifications.notification SET recipient_id = assignee_id WHERE kind = 'ASSISTANCE_REQUEST_ASSIGNED' AND assignee_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX notification_recipient_feed_idx ON notifications.notification (recipient_id, created_at DESC, id DESC) WHERE recipient_id IS NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE notifications.notification_archive (
        notification_id uuid NOT NULL REFERENCES notifications.notification (id) ON DELETE CASCADE,
        user_id text NOT NULL,
        archived_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (notification_id, user_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notifications.notification_archive`);
    await queryRunner.query(`DROP INDEX notifications.notification_recipient_feed_idx`);
    await queryRunner.query(`
      ALTER TABLE notifications.notification
        DROP COLUMN previous_assignee_id, DROP COLUMN to_status, DROP COLUMN from_status,
        DROP COLUMN recipient_id, DROP COLUMN actor_id`);
  }
}
