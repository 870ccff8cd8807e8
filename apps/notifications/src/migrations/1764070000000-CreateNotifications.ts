import { createProcessedEventTable } from '@birge/server-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The staff inbox. Ids of regions, organizations and requests point into other subgraphs, so
 * they carry no foreign keys. (event_id, region_code) is unique: one notification per event and
 * audience region, even if an event were recorded without its processed_event claim.
 */
export class CreateNotifications1764070000000 implements MigrationInterface {
  name = 'CreateNotifications1764070000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createProcessedEventTable(queryRunner, 'notifications');
    await queryRunner.query(`
      CREATE TABLE notifications.notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('ASSISTANCE_REQUEST_SUBMITTED')),
        region_code text NOT NULL,
        organization_id uuid,
        assistance_request_id uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT notification_event_region_key UNIQUE (event_id, region_code)
      )`);
    await queryRunner.query(`CREATE INDEX notification_feed_idx ON notifications.notification (created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX notification_region_feed_idx ON notifications.notification (region_code, created_at DESC, id DESC)`);
    await queryRunner.query(`
      CREATE TABLE notifications.notification_read (
        notification_id uuid NOT NULL REFERENCES notifications.notification (id) ON DELETE CASCADE,
        user_id text NOT NULL,
        read_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (notification_id, user_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notifications.notification_read`);
    await queryRunner.query(`DROP TABLE notifications.notification`);
    await queryRunner.query(`DROP TABLE notifications.processed_event`);
  }
}
