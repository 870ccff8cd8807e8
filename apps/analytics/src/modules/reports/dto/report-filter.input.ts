import { OptionalTextField } from '@birge/server-kit';
import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ReportStatus } from '../../report-forms/report-enums';

@InputType({ description: 'Narrows the list of reports; every field given must match.' })
export class ReportFilter {
  @Field(() => ID, { nullable: true, description: "Only this form's reports." })
  @IsOptional()
  @IsUUID('all', { message: 'is not a report form id (a UUID)' })
  formId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only this region's reports (KATO code). Regional staff: their own region (the default); another is FORBIDDEN (OTHER_REGION)." })
  @IsOptional()
  @MaxLength(20, { message: 'must be at most 20 characters' })
  regionCode?: string | null;

  @OptionalTextField(10, 'Only reports on this period (like 2026-Q1).')
  period?: string | null;

  @Field(() => ReportStatus, { nullable: true, description: 'Only reports in this status.' })
  @IsOptional()
  status?: ReportStatus | null;
}
