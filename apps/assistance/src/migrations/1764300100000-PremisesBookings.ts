import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each front office's rooms and equipment, and bookings of them over time ranges. The exclusion
 * constraint makes a double booking impossible whatever the application does, concurrent
 * requests included: two CONFIRMED bookings of one resource cannot overlap ([start, end), so
 * back-to-back bookings are fine). Cancelled ones no longer hold their slot.
 */
export class PremisesBookings1764300100000 implements MigrationInterface {
  name = 'PremisesBookings1764300100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Gives GiST the uuid equality the constraint combines with the range overlap.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`
      CREATE TABLE assistance.bookable_resource (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_code text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('ROOM', 'EQUIPMENT')),
        name text NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
        description text,
        capacity int CHECK (capacity > 0),
        active boolean NOT NULL DEFAULT true,
        created_by text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT bookable_resource_name_key UNIQUE (region_code, name)
      )`);
    await queryRunner.query(`
      CREATE TABLE assistance.booking (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        resource_id uuid NOT NULL REFERENCES assistance.bookable_resource (id),
        organization_id uuid NOT NULL,
        region_code text NOT NULL,
        period tstzrange NOT NULL CHECK (NOT isempty(period) AND lower_inc(period) AND NOT upper_inc(period)),
        status text NOT NULL CHECK (status IN ('CONFIRMED', 'CANCELLED')),
        purpose text,
        assistance_request_id uuid REFERENCES assistance.assistance_request (id),
        created_by text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_by text,
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        cancelled_at timestamptz(3),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT booking_no_overlap EXCLUDE USING gist (resource_id WITH =, period WITH &&) WHERE (status = 'CONFIRMED')
      )`);
    await queryRunner.query(`CREATE INDEX booking_organization_idx ON assistance.booking (organization_id, lower(period) DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX booking_region_idx ON assistance.booking (region_code, lower(period), id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE assistance.booking`);
    await queryRunner.query(`DROP TABLE assistance.bookable_resource`);
    // btree_gist stays: it is database-wide and another schema may rely on it.
  }
}
