import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Trainings and seminars of the front offices, and the organizations registered for them.
 * A registration is one organization's seats (a participant count, no names: the front office
 * needs no personal data to plan a room). `queue_seq` comes from a sequence while the training
 * row is locked, so it is the order of arrival: the waiting list is served by it (first come,
 * first served). One active (REGISTERED or WAITLISTED) registration per organization and training.
 */
export class Trainings1764400000000 implements MigrationInterface {
  name = 'Trainings1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE assistance.training (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_code text NOT NULL,
        topic text NOT NULL CHECK (length(topic) BETWEEN 3 AND 300),
        description text,
        audience text NOT NULL CHECK (audience IN ('NGO_STAFF', 'GROUP_MEMBERS', 'VOLUNTEER_LEADERS')),
        starts_at timestamptz(3) NOT NULL,
        ends_at timestamptz(3) NOT NULL,
        venue text NOT NULL CHECK (length(venue) BETWEEN 2 AND 500),
        capacity int NOT NULL CHECK (capacity BETWEEN 1 AND 10000),
        status text NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED', 'CANCELLED')),
        cancellation_reason text,
        cancelled_at timestamptz(3),
        created_by text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_by text,
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CHECK (ends_at > starts_at),
        CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX training_calendar_idx ON assistance.training (starts_at, id)`);
    await queryRunner.query(`CREATE INDEX training_region_calendar_idx ON assistance.training (region_code, starts_at, id)`);

    await queryRunner.query(`CREATE SEQUENCE assistance.training_registration_queue_seq`);
    await queryRunner.query(`
      CREATE TABLE assistance.training_registration (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        training_id uuid NOT NULL REFERENCES assistance.training (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL,
        participants int NOT NULL CHECK (participants BETWEEN 1 AND 100),
        status text NOT NULL CHECK (status IN ('REGISTERED', 'WAITLISTED', 'CANCELLED')),
        queue_seq bigint NOT NULL DEFAULT nextval('assistance.training_registration_queue_seq'),
        attendance text CHECK (attendance IN ('ATTENDED', 'NO_SHOW')),
        attended_participants int CHECK (attended_participants >= 0),
        promoted_at timestamptz(3),
        reminded_at timestamptz(3),
        cancelled_at timestamptz(3),
        created_by text NOT NULL,
        -- clock_timestamp: taken after the training's lock, so it follows the queue order.
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        updated_by text,
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CHECK (attendance IS NULL OR status = 'REGISTERED'),
        CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL))
      )`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX training_registration_active_key ON assistance.training_registration (training_id, organization_id)
      WHERE status <> 'CANCELLED'`);
    await queryRunner.query(`CREATE INDEX training_registration_queue_idx ON assistance.training_registration (training_id, status, queue_seq)`);
    await queryRunner.query(`CREATE INDEX training_registration_organization_idx ON assistance.training_registration (organization_id, created_at DESC, id DESC)`);
    // What the reminder sweep scans: registered places not reminded yet.
    await queryRunner.query(`
      CREATE INDEX training_registration_reminder_idx ON assistance.training_registration (training_id)
      WHERE status = 'REGISTERED' AND reminded_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE assistance.training_registration`);
    await queryRunner.query(`DROP SEQUENCE assistance.training_registration_queue_seq`);
    await queryRunner.query(`DROP TABLE assistance.training`);
  }
}
