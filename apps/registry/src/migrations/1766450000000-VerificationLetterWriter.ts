import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who wrote the letter of a letter check (RECOMMENDATION_LETTER, NVN_PARTNER_LETTER): a sponsor or
 * partner of the directory, or a state body (an akimat writes letters too); at most one, and only
 * on a letter check. Entries are archived, never deleted, so the links stay.
 */
export class VerificationLetterWriter1766450000000 implements MigrationInterface {
  name = 'VerificationLetterWriter1766450000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE registry.verification_check
        ADD COLUMN letter_from_sponsor_id uuid REFERENCES registry.sponsor (id),
        ADD COLUMN letter_from_state_body_id uuid REFERENCES registry.state_body (id),
        ADD CONSTRAINT verification_check_one_letter_writer CHECK (num_nonnulls(letter_from_sponsor_id, letter_from_state_body_id) <= 1),
        ADD CONSTRAINT verification_check_letter_writer_method CHECK (
          num_nonnulls(letter_from_sponsor_id, letter_from_state_body_id) = 0 OR method IN ('RECOMMENDATION_LETTER', 'NVN_PARTNER_LETTER'))`);
    await queryRunner.query(
      `CREATE INDEX verification_check_letter_sponsor_idx ON registry.verification_check (letter_from_sponsor_id, checked_at DESC) WHERE letter_from_sponsor_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX verification_check_letter_state_body_idx ON registry.verification_check (letter_from_state_body_id, checked_at DESC) WHERE letter_from_state_body_id IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE registry.verification_check
        DROP CONSTRAINT verification_check_letter_writer_method,
        DROP CONSTRAINT verification_check_one_letter_writer,
        DROP COLUMN letter_from_state_body_id,
        DROP COLUMN letter_from_sponsor_id`);
  }
}
