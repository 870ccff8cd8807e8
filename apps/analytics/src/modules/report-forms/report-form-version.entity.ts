import { CreatedColumns } from '@birge/server-kit';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ReportSectionDefinition } from './report-form-definition';

/** The sections and fields of one version of a form (table `analytics.report_form_version`); a version in use never changes. */
@Entity({ name: 'report_form_version' })
export class ReportFormVersionEntity extends CreatedColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'form_id', type: 'uuid' })
  formId: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'jsonb' })
  sections: ReportSectionDefinition[];
}
