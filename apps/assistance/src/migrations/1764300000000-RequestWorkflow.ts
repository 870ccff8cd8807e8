import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The request workflow: assignment, wished-for and due dates, overdue marker, outcome, rating,
 * audit of the last change; the timeline, referrals to state bodies, attachments and the
 * per-region service levels. Ids of users are opaque (they come from the identity).
 */
export class RequestWorkflow1764300000000 implements MigrationInterface {
  name = 'RequestWorkflow1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE assistance.assistance_request
        ADD COLUMN wished_for_date date,
        ADD COLUMN assignee_id text,
        ADD COLUMN due_at timestamptz(3),
        ADD COLUMN overdue_raised_at timestamptz(3),
        ADD COLUMN updated_by text,
        ADD COLUMN outcome_result text,
        ADD COLUMN outcome_note text,
        ADD COLUMN outcome_link text,
        ADD COLUMN resolved_at timestamptz(3),
        ADD COLUMN rating smallint CHECK (rating BETWEEN 1 AND 5),
        ADD COLUMN rating_comment text,
        ADD COLUMN rated_at timestamptz(3),
        ADD CONSTRAINT assistance_request_status_check
          CHECK (status IN ('NEW', 'TRIAGED', 'IN_PROGRESS', 'WAITING_ON_STATE_BODY', 'RESOLVED', 'DECLINED', 'WITHDRAWN')),
        ADD CONSTRAINT assistance_request_outcome_check CHECK (status <> 'RESOLVED' OR outcome_result IS NOT NULL),
        ADD CONSTRAINT assistance_request_rated_when_resolved_check CHECK (rating IS NULL OR status = 'RESOLVED')`);
    await queryRunner.query(`CREATE INDEX assistance_request_region_feed_idx ON assistance.assistance_request (region_code, created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX assistance_request_assignee_idx ON assistance.assistance_request (assignee_id, created_at DESC, id DESC) WHERE assignee_id IS NOT NULL`);
    // What the overdue sweep scans: open requests with a due date that have not been raised yet.
    await queryRunner.query(`
      CREATE INDEX assistance_request_overdue_sweep_idx ON assistance.assistance_request (due_at)
      WHERE overdue_raised_at IS NULL AND status IN ('NEW', 'TRIAGED', 'IN_PROGRESS', 'WAITING_ON_STATE_BODY')`);

    await queryRunner.query(`
      CREATE TABLE assistance.state_body_referral (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES assistance.assistance_request (id) ON DELETE CASCADE,
        state_body text NOT NULL CHECK (length(state_body) BETWEEN 2 AND 300),
        referred_on date NOT NULL,
        note text,
        answer text,
        answered_on date,
        created_by text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        answered_by text,
        CHECK ((answer IS NULL) = (answered_on IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX state_body_referral_request_idx ON assistance.state_body_referral (request_id, created_at, id)`);

    await queryRunner.query(`
      CREATE TABLE assistance.request_attachment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES assistance.assistance_request (id) ON DELETE CASCADE,
        file_name text NOT NULL,
        mime_type text NOT NULL,
        size_bytes int NOT NULL CHECK (size_bytes > 0),
        sha256 text NOT NULL,
        storage_key text NOT NULL UNIQUE,
        created_by text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX request_attachment_request_idx ON assistance.request_attachment (request_id, created_at, id)`);

    await queryRunner.query(`
      CREATE TABLE assistance.request_timeline_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES assistance.assistance_request (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('COMMENT', 'STATUS_CHANGED', 'ASSIGNED', 'REFERRED', 'STATE_BODY_ANSWERED', 'ATTACHMENT_ADDED', 'RATED')),
        at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        author_id text NOT NULL,
        text text,
        from_status text,
        to_status text,
        assignee_id text,
        referral_id uuid REFERENCES assistance.state_body_referral (id) ON DELETE CASCADE,
        attachment_id uuid REFERENCES assistance.request_attachment (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX request_timeline_entry_request_idx ON assistance.request_timeline_entry (request_id, at, id)`);

    await queryRunner.query(`
      CREATE TABLE assistance.service_level (
        region_code text NOT NULL,
        subtype text NOT NULL,
        days int NOT NULL CHECK (days BETWEEN 1 AND 365),
        updated_by text NOT NULL,
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (region_code, subtype)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE assistance.service_level`);
    await queryRunner.query(`DROP TABLE assistance.request_timeline_entry`);
    await queryRunner.query(`DROP TABLE assistance.request_attachment`);
    await queryRunner.query(`DROP TABLE assistance.state_body_referral`);
    await queryRunner.query(`DROP INDEX assistance.assistance_request_overdue_sweep_idx`);
    await queryRunner.query(`DROP INDEX assistance.assistance_request_assignee_idx`);
    await queryRunner.query(`DROP INDEX assistance.assistance_request_region_feed_idx`);
    await queryRunner.query(`
      ALTER TABLE assistance.assistance_request
        DROP CONSTRAINT assistance_request_rated_when_resolved_check,
        DROP CONSTRAINT assistance_request_outcome_check,
        DROP CONSTRAINT assistance_request_status_check,
        DROP COLUMN rated_at, DROP COLUMN rating_comment, DROP COLUMN rating,
        DROP COLUMN resolved_at, DROP COLUMN outcome_link, DROP COLUMN outcome_note, DROP COLUMN outcome_result,
        DROP COLUMN updated_by, DROP COLUMN overdue_raised_at, DROP COLUMN due_at, DROP COLUMN assignee_id,
        DROP COLUMN wished_for_date`);
  }
}
