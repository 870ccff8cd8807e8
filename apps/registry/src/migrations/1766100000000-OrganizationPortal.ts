import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organizations acting for themselves: the portal links staff e-mail to an organization's
 * consenting contact (kept so they can be listed and revoked; the signed token itself is never
 * stored), and the profile changes contacts propose through them for staff to accept or decline.
 */
export class OrganizationPortal1766100000000 implements MigrationInterface {
  name = 'OrganizationPortal1766100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE registry.portal_link (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES registry.organization (id) ON DELETE CASCADE,
        contact_email text NOT NULL CHECK (contact_email = lower(contact_email)),
        contact_name text,
        language text NOT NULL CHECK (language IN ('kk', 'ru', 'en')),
        issued_by text NOT NULL,
        issued_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz(3) NOT NULL,
        revoked_at timestamptz(3),
        revoked_by text,
        CHECK (expires_at > issued_at)
      )`);
    await queryRunner.query(`CREATE INDEX portal_link_organization_idx ON registry.portal_link (organization_id, issued_at DESC)`);
    await queryRunner.query(`
      CREATE TABLE registry.profile_change_proposal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES registry.organization (id) ON DELETE CASCADE,
        link_id uuid NOT NULL REFERENCES registry.portal_link (id) ON DELETE CASCADE,
        contact_email text NOT NULL,
        description text,
        volunteer_count int CHECK (volunteer_count BETWEEN 0 AND 1000000),
        note text,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED')),
        proposed_at timestamptz(3) NOT NULL DEFAULT now(),
        decided_by text,
        decided_at timestamptz(3),
        decision_note text
      )`);
    await queryRunner.query(`CREATE INDEX profile_change_proposal_organization_idx ON registry.profile_change_proposal (organization_id, proposed_at DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE registry.profile_change_proposal`);
    await queryRunner.query(`DROP TABLE registry.portal_link`);
  }
}
