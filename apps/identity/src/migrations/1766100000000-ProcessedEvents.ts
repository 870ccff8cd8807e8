import { createProcessedEventTable } from '@birge/server-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The events identity's consumers handled (the kit's claim, as in every consuming subgraph): the audit records. */
export class ProcessedEvents1766100000000 implements MigrationInterface {
  name = 'ProcessedEvents1766100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createProcessedEventTable(queryRunner, 'identity');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE identity.processed_event`);
  }
}
