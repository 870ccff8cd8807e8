import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS_BEFORE = `'ASSISTANCE_REQUEST_SUBMITTED', 'ASSISTANCE_REQUEST_ASSIGNED', 'ASSISTANCE_REQUEST_STATUS_CHANGED', 'ASSISTANCE_REQUEST_OVERDUE',
  'BOOKING_CONFIRMED', 'BOOKING_CANCELLED', 'TRAINING_REMINDER', 'ASSISTANCE_REQUEST_RATED', 'ORGANIZATION_REGISTERED', 'ORGANIZATION_VERIFIED', 'VERIFICATION_EXPIRING',
  'DISTRICT_CONTACTS_STALE', 'NEED_ESCALATED', 'FEEDBACK_POSTED', 'REPORT_SUBMITTED', 'REPORT_RETURNED', 'REPORT_ACCEPTED', 'REPORT_REOPENED',
  'REPORT_DUE_SOON', 'REPORT_OVERDUE', 'ACCOUNT_CREATED', 'PASSWORD_CHANGED', 'API_KEY_EXPIRING'`;

/**
 * Announcements, their audience and unsubscribing; staff preferences and digests.
 * - mailing_organization / mailing_address: the subgraph's own copy of what the registry says
 *   announcements may be sent to (registry.organization-mailing-changed): place, kind, directions,
 *   verification, and only the addresses whose owners consented.
 * - unsubscribe: addresses that said "no more" from a mail. Kept here, where the mail is sent, so an
 *   unsubscribe holds even if the registry records the consent again later (the owner said no).
 * - announcement / announcement_recipient: what was written, to whom, and which email carries it.
 * - email_delivery gets the pre-rendered content of an announcement or a digest (subject, text,
 *   html, extra headers): the one mail queue sends them like every other email.
 * - notification: ANNOUNCEMENT (in-app, to the targeted regions' staff).
 * - notification_preference / digest: per account, kind and channel; one digest per account and period.
 */
export class AnnouncementsAndPreferences1765600000000 implements MigrationInterface {
  name = 'AnnouncementsAndPreferences1765600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notifications.mailing_organization (
        organization_id uuid PRIMARY KEY,
        name text NOT NULL,
        kind text NOT NULL,
        region_code text NOT NULL,
        district_code text,
        directions text[] NOT NULL DEFAULT '{}',
        verification_status text NOT NULL,
        status text NOT NULL,
        removed boolean NOT NULL DEFAULT false,
        changed_at timestamptz(3) NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX mailing_organization_region_idx ON notifications.mailing_organization (region_code) WHERE NOT removed`);
    await queryRunner.query(`
      CREATE TABLE notifications.mailing_address (
        organization_id uuid NOT NULL REFERENCES notifications.mailing_organization (organization_id) ON DELETE CASCADE,
        email text NOT NULL,
        consent_at timestamptz(3) NOT NULL,
        PRIMARY KEY (organization_id, email)
      )`);
    await queryRunner.query(`
      CREATE TABLE notifications.unsubscribe (
        email text PRIMARY KEY,
        announcement_id uuid,
        at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE notifications.announcement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        topic text NOT NULL CHECK (topic IN ('GRANT', 'PROGRAMME', 'EVENT', 'OTHER')),
        language text NOT NULL CHECK (language IN ('kk', 'ru', 'en')),
        title text NOT NULL,
        body text NOT NULL,
        link text,
        owner_region_code text,
        region_codes text[] NOT NULL DEFAULT '{}',
        district_codes text[] NOT NULL DEFAULT '{}',
        directions text[] NOT NULL DEFAULT '{}',
        organization_kinds text[] NOT NULL DEFAULT '{}',
        verification_statuses text[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SCHEDULED', 'SENT', 'CANCELLED')),
        scheduled_at timestamptz(3),
        sent_at timestamptz(3),
        audience int,
        staff_notified int,
        created_by text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE INDEX announcement_list_idx ON notifications.announcement (created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX announcement_due_idx ON notifications.announcement (scheduled_at) WHERE status = 'SCHEDULED'`);
    await queryRunner.query(`
      CREATE TABLE notifications.announcement_recipient (
        announcement_id uuid NOT NULL REFERENCES notifications.announcement (id) ON DELETE CASCADE,
        email text NOT NULL,
        organization_id uuid NOT NULL,
        delivery_id uuid,
        PRIMARY KEY (announcement_id, email)
      )`);
    await queryRunner.query(`
      ALTER TABLE notifications.email_delivery
        ADD COLUMN subject text,
        ADD COLUMN text_body text,
        ADD COLUMN html_body text,
        ADD COLUMN headers jsonb`);
    await queryRunner.query(`
      ALTER TABLE notifications.notification
        DROP CONSTRAINT notification_kind_check,
        ADD CONSTRAINT notification_kind_check CHECK (kind IN (${KINDS_BEFORE}, 'ANNOUNCEMENT'))`);
    await queryRunner.query(`
      CREATE TABLE notifications.notification_preference (
        account_id text NOT NULL,
        kind text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('IN_APP', 'EMAIL')),
        mode text NOT NULL CHECK (mode IN ('IMMEDIATE', 'DAILY', 'WEEKLY', 'OFF')),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (account_id, kind, channel)
      )`);
    await queryRunner.query(`
      CREATE TABLE notifications.digest (
        account_id text NOT NULL,
        period text NOT NULL CHECK (period IN ('DAILY', 'WEEKLY')),
        period_key text NOT NULL,
        since timestamptz(3) NOT NULL,
        until timestamptz(3) NOT NULL,
        items int NOT NULL,
        delivery_id uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (account_id, period, period_key)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notifications.digest`);
    await queryRunner.query(`DROP TABLE notifications.notification_preference`);
    await queryRunner.query(`DELETE FROM notifications.notification WHERE kind = 'ANNOUNCEMENT'`);
    await queryRunner.query(`
      ALTER TABLE notifications.notification
        DROP CONSTRAINT notification_kind_check,
        ADD CONSTRAINT notification_kind_check CHECK (kind IN (${KINDS_BEFORE}))`);
    await queryRunner.query(`DELETE FROM notifications.email_delivery WHERE subject IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE notifications.email_delivery DROP COLUMN headers, DROP COLUMN html_body, DROP COLUMN text_body, DROP COLUMN subject`);
    await queryRunner.query(`DROP TABLE notifications.announcement_recipient`);
    await queryRunner.query(`DROP TABLE notifications.announcement`);
    await queryRunner.query(`DROP TABLE notifications.unsubscribe`);
    await queryRunner.query(`DROP TABLE notifications.mailing_address`);
    await queryRunner.query(`DROP TABLE notifications.mailing_organization`);
  }
}
