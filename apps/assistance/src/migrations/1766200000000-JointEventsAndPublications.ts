import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Joint events a region's office convenes (round tables, forums, meetings) with who was invited,
 * who came and the follow-ups recorded as needs or requests; and the region's publication log
 * (media coverage entered on its own or made from a request's publication outcome).
 */
export class JointEventsAndPublications1766200000000 implements MigrationInterface {
  name = 'JointEventsAndPublications1766200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE assistance.joint_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_code text NOT NULL,
        district_code text,
        kind text NOT NULL CHECK (kind IN ('ROUND_TABLE', 'FORUM', 'MEETING', 'OTHER')),
        title text NOT NULL CHECK (length(title) BETWEEN 3 AND 300),
        held_on date NOT NULL,
        place text,
        directions text[] NOT NULL DEFAULT '{}',
        agreed text,
        created_by text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_by text,
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE INDEX joint_event_region_idx ON assistance.joint_event (region_code, held_on DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX joint_event_held_idx ON assistance.joint_event (held_on DESC, id DESC)`);
    await queryRunner.query(`
      CREATE TABLE assistance.joint_event_participant (
        event_id uuid NOT NULL REFERENCES assistance.joint_event (id) ON DELETE CASCADE,
        participant_kind text NOT NULL CHECK (participant_kind IN ('ORGANIZATION', 'STATE_BODY', 'SPONSOR')),
        participant_id uuid NOT NULL,
        position int NOT NULL,
        attended boolean,
        PRIMARY KEY (event_id, participant_kind, participant_id)
      )`);
    await queryRunner.query(`CREATE INDEX joint_event_participant_idx ON assistance.joint_event_participant (participant_id)`);
    await queryRunner.query(`
      CREATE TABLE assistance.joint_event_follow_up (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES assistance.joint_event (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('NEED', 'ASSISTANCE_REQUEST')),
        target_id uuid NOT NULL,
        note text,
        created_by text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (event_id, kind, target_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE assistance.publication (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_code text NOT NULL,
        district_code text,
        source text NOT NULL CHECK (source IN ('MANUAL', 'REQUEST_OUTCOME')),
        request_id uuid UNIQUE,
        organization_id uuid,
        outlet text NOT NULL CHECK (length(outlet) BETWEEN 2 AND 200),
        title text,
        published_on date NOT NULL,
        link text,
        reach int CHECK (reach IS NULL OR reach >= 0),
        directions text[] NOT NULL DEFAULT '{}',
        created_by text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_by text,
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CHECK ((source = 'REQUEST_OUTCOME') = (request_id IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX publication_region_idx ON assistance.publication (region_code, published_on DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX publication_published_idx ON assistance.publication (published_on DESC, id DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE assistance.publication`);
    await queryRunner.query(`DROP TABLE assistance.joint_event_follow_up`);
    await queryRunner.query(`DROP TABLE assistance.joint_event_participant`);
    await queryRunner.query(`DROP TABLE assistance.joint_event`);
  }
}
