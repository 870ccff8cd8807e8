import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12: the continuous feedback channel between a region's front office and the republican
 * office. Threads (listed by their last message, keyset-paged on (last_message_at, id)), their
 * messages and attachments (contents in the file storage, metadata here), typed links to records
 * (needs today, reports later), and a read marker per thread and user for unread counts.
 */
export class FeedbackChannel1765300000000 implements MigrationInterface {
  name = 'FeedbackChannel1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE analytics.feedback_thread (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_code text NOT NULL,
        topic text NOT NULL,
        subject text NOT NULL,
        status text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        last_message_at timestamptz(3) NOT NULL,
        message_count int NOT NULL DEFAULT 0,
        status_changed_at timestamptz(3),
        status_changed_by text
      )`);
    await queryRunner.query(`CREATE INDEX feedback_thread_last_idx ON analytics.feedback_thread (last_message_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX feedback_thread_region_last_idx ON analytics.feedback_thread (region_code, last_message_at DESC, id DESC)`);
    await queryRunner.query(`
      CREATE TABLE analytics.feedback_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL REFERENCES analytics.feedback_thread (id) ON DELETE CASCADE,
        author_id text NOT NULL,
        text text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX feedback_message_thread_idx ON analytics.feedback_message (thread_id, created_at, id)`);
    await queryRunner.query(`
      CREATE TABLE analytics.feedback_attachment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        message_id uuid NOT NULL REFERENCES analytics.feedback_message (id) ON DELETE CASCADE,
        file_name text NOT NULL,
        mime_type text NOT NULL,
        size_bytes int NOT NULL,
        sha256 text NOT NULL,
        storage_key text NOT NULL UNIQUE,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX feedback_attachment_message_idx ON analytics.feedback_attachment (message_id, created_at, id)`);
    await queryRunner.query(`
      CREATE TABLE analytics.feedback_link (
        thread_id uuid NOT NULL REFERENCES analytics.feedback_thread (id) ON DELETE CASCADE,
        kind text NOT NULL,
        target_id uuid NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (thread_id, kind, target_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE analytics.feedback_read (
        thread_id uuid NOT NULL REFERENCES analytics.feedback_thread (id) ON DELETE CASCADE,
        user_id text NOT NULL,
        read_at timestamptz(3) NOT NULL,
        PRIMARY KEY (thread_id, user_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE analytics.feedback_read`);
    await queryRunner.query(`DROP TABLE analytics.feedback_link`);
    await queryRunner.query(`DROP TABLE analytics.feedback_attachment`);
    await queryRunner.query(`DROP TABLE analytics.feedback_message`);
    await queryRunner.query(`DROP TABLE analytics.feedback_thread`);
  }
}
