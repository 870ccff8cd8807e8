import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS_BEFORE = `'ASSISTANCE_REQUEST_SUBMITTED', 'ASSISTANCE_REQUEST_ASSIGNED', 'ASSISTANCE_REQUEST_STATUS_CHANGED', 'ASSISTANCE_REQUEST_OVERDUE',
  'BOOKING_CONFIRMED', 'BOOKING_CANCELLED', 'TRAINING_REMINDER'`;
const KINDS_AFTER = `${KINDS_BEFORE}, 'ASSISTANCE_REQUEST_RATED', 'ORGANIZATION_REGISTERED', 'ORGANIZATION_VERIFIED', 'VERIFICATION_EXPIRING',
  'DISTRICT_CONTACTS_STALE', 'NEED_ESCALATED', 'FEEDBACK_POSTED', 'REPORT_SUBMITTED', 'REPORT_RETURNED', 'REPORT_ACCEPTED', 'REPORT_REOPENED',
  'REPORT_DUE_SOON', 'REPORT_OVERDUE', 'ACCOUNT_CREATED', 'PASSWORD_CHANGED', 'API_KEY_EXPIRING'`;

/**
 * Notifications from every subgraph, and email.
 * - notification: who an office-wide notification is for (`audience`: OFFICE, the region's staff and
 *   national roles, as before; REGION, the region's staff only; REPUBLICAN, republican administrators),
 *   the record concerned when it is not a request (`subject_id`: a need, a thread, a report, an
 *   account, a key), the district, and what the message says beyond ids (`detail`). An account's or
 *   a key's notification has no region: one per event then (a partial unique index).
 * - recipient: what the subgraph knows of staff from identity's events, to write to them.
 * - email_delivery: one email per event and recipient (the unique pair: a redelivered event queues
 *   nothing), its Message-ID derived from both, and the delivery log (attempts, the server's answer).
 */
export class SourcesAndEmail1765500000000 implements MigrationInterface {
  name = 'SourcesAndEmail1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE notifications.notification
        DROP CONSTRAINT notification_kind_check,
        ADD CONSTRAINT notification_kind_check CHECK (kind IN (${KINDS_AFTER})),
        ALTER COLUMN region_code DROP NOT NULL,
        ADD COLUMN audience text NOT NULL DEFAULT 'OFFICE' CHECK (audience IN ('OFFICE', 'REGION', 'REPUBLICAN')),
        ADD COLUMN subject_id text,
        ADD COLUMN district_code text,
        ADD COLUMN detail jsonb NOT NULL DEFAULT '{}'::jsonb`);
    await queryRunner.query(`CREATE UNIQUE INDEX notification_event_national_key ON notifications.notification (event_id) WHERE region_code IS NULL`);
    await queryRunner.query(`
      CREATE TABLE notifications.recipient (
        account_id text PRIMARY KEY,
        email text,
        name text,
        language text NOT NULL DEFAULT 'kk' CHECK (language IN ('kk', 'ru', 'en')),
        region_code text,
        role text,
        active boolean NOT NULL DEFAULT true,
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX recipient_role_region_idx ON notifications.recipient (role, region_code) WHERE active`);
    await queryRunner.query(`
      CREATE TABLE notifications.email_delivery (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL,
        recipient_id text NOT NULL,
        notification_id uuid REFERENCES notifications.notification (id) ON DELETE SET NULL,
        kind text NOT NULL,
        email text NOT NULL,
        language text NOT NULL,
        message_id text NOT NULL UNIQUE,
        status text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'SENDING', 'SENT', 'FAILED')),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz(3) NOT NULL DEFAULT now(),
        lease_until timestamptz(3),
        last_attempt_at timestamptz(3),
        sent_at timestamptz(3),
        failure_reason text,
        response_code int,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT email_delivery_event_recipient_key UNIQUE (event_id, recipient_id)
      )`);
    await queryRunner.query(`CREATE INDEX email_delivery_due_idx ON notifications.email_delivery (next_attempt_at) WHERE status IN ('QUEUED', 'SENDING')`);
    await queryRunner.query(`CREATE INDEX email_delivery_log_idx ON notifications.email_delivery (created_at DESC, id DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notifications.email_delivery`);
    await queryRunner.query(`DROP TABLE notifications.recipient`);
    await queryRunner.query(`DROP INDEX notifications.notification_event_national_key`);
    // The older schema cannot hold these kinds, nor a notification without a region; reverting drops them.
    await queryRunner.query(`DELETE FROM notifications.notification WHERE kind NOT IN (${KINDS_BEFORE}) OR region_code IS NULL`);
    await queryRunner.query(`
      ALTER TABLE notifications.notification
        DROP COLUMN detail, DROP COLUMN district_code, DROP COLUMN subject_id, DROP COLUMN audience,
        ALTER COLUMN region_code SET NOT NULL,
        DROP CONSTRAINT notification_kind_check,
        ADD CONSTRAINT notification_kind_check CHECK (kind IN (${KINDS_BEFORE}))`);
  }
}
