import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 17: guides of the assistance library linked to an announcement, by id, in the order the author chose. */
export class AnnouncementGuides1766000400000 implements MigrationInterface {
  name = 'AnnouncementGuides1766000400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notifications.announcement_guide (
        announcement_id uuid NOT NULL REFERENCES notifications.announcement (id) ON DELETE CASCADE,
        guide_id uuid NOT NULL,
        position int NOT NULL,
        PRIMARY KEY (announcement_id, guide_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notifications.announcement_guide`);
  }
}
