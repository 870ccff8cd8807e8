import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12: periodic report forms (a form's schedule, its versioned sections and fields), the
 * regions' reports (one per form, region and period, answers and pre-filled figures as JSON keyed
 * by field), their history and comment thread, and the due-soon / overdue reminders already
 * raised (a primary key makes each one once).
 */
export class PeriodicReports1765410000000 implements MigrationInterface {
  name = 'PeriodicReports1765410000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE analytics.report_form (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title jsonb NOT NULL,
        description jsonb,
        period_type text NOT NULL,
        first_period text NOT NULL,
        region_codes text[] NOT NULL,
        due_days int NOT NULL,
        on_time_window_days int NOT NULL,
        current_version int NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_by text,
        revision int NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX report_form_created_idx ON analytics.report_form (created_at DESC, id DESC)`);
    await queryRunner.query(`
      CREATE TABLE analytics.report_form_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        form_id uuid NOT NULL REFERENCES analytics.report_form (id) ON DELETE CASCADE,
        version int NOT NULL,
        sections jsonb NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        UNIQUE (form_id, version)
      )`);
    await queryRunner.query(`
      CREATE TABLE analytics.report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        form_id uuid NOT NULL REFERENCES analytics.report_form (id),
        form_version int NOT NULL,
        region_code text NOT NULL,
        period text NOT NULL,
        status text NOT NULL,
        answers jsonb NOT NULL DEFAULT '{}',
        prefill jsonb NOT NULL DEFAULT '{}',
        submitted_answers jsonb,
        first_submitted_at timestamptz(3),
        last_submitted_at timestamptz(3),
        submission_count int NOT NULL DEFAULT 0,
        accepted_at timestamptz(3),
        accepted_by text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_by text,
        version int NOT NULL,
        UNIQUE (form_id, region_code, period),
        FOREIGN KEY (form_id, form_version) REFERENCES analytics.report_form_version (form_id, version)
      )`);
    await queryRunner.query(`CREATE INDEX report_updated_idx ON analytics.report (updated_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX report_region_updated_idx ON analytics.report (region_code, updated_at DESC, id DESC)`);
    await queryRunner.query(`
      CREATE TABLE analytics.report_history (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        report_id uuid NOT NULL REFERENCES analytics.report (id) ON DELETE CASCADE,
        action text NOT NULL,
        from_status text,
        to_status text NOT NULL,
        comment text,
        actor_id text NOT NULL,
        at timestamptz(3) NOT NULL DEFAULT clock_timestamp()
      )`);
    await queryRunner.query(`CREATE INDEX report_history_report_idx ON analytics.report_history (report_id, at, id)`);
    await queryRunner.query(`
      CREATE TABLE analytics.report_comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        report_id uuid NOT NULL REFERENCES analytics.report (id) ON DELETE CASCADE,
        author_id text NOT NULL,
        author_side text NOT NULL,
        field_key text,
        text text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp()
      )`);
    await queryRunner.query(`CREATE INDEX report_comment_report_idx ON analytics.report_comment (report_id, created_at, id)`);
    await queryRunner.query(`
      CREATE TABLE analytics.report_reminder (
        form_id uuid NOT NULL REFERENCES analytics.report_form (id) ON DELETE CASCADE,
        region_code text NOT NULL,
        period text NOT NULL,
        kind text NOT NULL,
        raised_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (form_id, region_code, period, kind)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE analytics.report_reminder`);
    await queryRunner.query(`DROP TABLE analytics.report_comment`);
    await queryRunner.query(`DROP TABLE analytics.report_history`);
    await queryRunner.query(`DROP TABLE analytics.report`);
    await queryRunner.query(`DROP TABLE analytics.report_form_version`);
    await queryRunner.query(`DROP TABLE analytics.report_form`);
  }
}
