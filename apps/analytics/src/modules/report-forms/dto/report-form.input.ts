import { REPORT_LIMITS } from '@birge/shared-reference';
import { ArrayMaxSize, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ReportPeriodType } from '../report-enums';
import { ReportSectionInput } from './report-field.input';
import { ReportLabelInput } from './report-label.input';

const DUE = REPORT_LIMITS.dueDaysMax;
const WINDOW = REPORT_LIMITS.onTimeWindowDaysMax;

@InputType({ description: 'A new periodic report form (version 1).' })
export class CreateReportFormInput {
  @Field(() => ReportLabelInput, { description: `The title (each language 1 to ${REPORT_LIMITS.titleMaxLength} characters).` })
  @ValidateNested()
  title: ReportLabelInput;

  @Field(() => ReportLabelInput, { nullable: true, description: 'What the form is for, shown above it.' })
  @IsOptional()
  @ValidateNested()
  description?: ReportLabelInput | null;

  @Field(() => ReportPeriodType, { description: 'How long a period is.' })
  periodType: ReportPeriodType;

  @Field(() => String, { nullable: true, description: 'The first period reports are expected for (like 2026-Q1); the current period when omitted.' })
  @IsOptional()
  firstPeriod?: string | null;

  @Field(() => [ID], { nullable: true, description: 'The regions expected to report (KATO codes, each once); all 20 when omitted.' })
  @IsOptional()
  @ArrayMaxSize(40, { message: 'must list at most 40 regions' })
  regionCodes?: string[] | null;

  @Field(() => Int, { description: `How many days after a period's last day its report is due (0 to ${DUE}).` })
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must be 0 or more' })
  @Max(DUE, { message: `must be at most ${DUE}` })
  dueDays: number;

  @Field(() => Int, { nullable: true, description: `Days of grace after the due day in which a first submission still counts as on time (0 to ${WINDOW}); 0 when omitted.` })
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must be 0 or more' })
  @Max(WINDOW, { message: `must be at most ${WINDOW}` })
  onTimeWindowDays?: number | null;

  @Field(() => [ReportSectionInput], { description: `The sections with their fields (1 to ${REPORT_LIMITS.sectionsMax} sections).` })
  @ArrayMaxSize(REPORT_LIMITS.sectionsMax, { message: `must list at most ${REPORT_LIMITS.sectionsMax} sections` })
  @ValidateNested({ each: true })
  sections: ReportSectionInput[];
}

@InputType({
  description:
    'Changes to a report form: only the fields given change. New sections replace the fields: in place while no report uses the current version, ' +
    'as a new version once one does (reports keep theirs).',
})
export class UpdateReportFormInput {
  @Field(() => ID, { description: 'The form.' })
  @IsUUID('all', { message: 'is not a report form id (a UUID)' })
  id: string;

  @Field(() => Int, { description: 'The revision you last read; a stale one is refused with CONFLICT (reason STALE_VERSION).' })
  @IsInt({ message: 'must be an integer' })
  revision: number;

  @Field(() => ReportLabelInput, { nullable: true, description: 'The title.' })
  @IsOptional()
  @ValidateNested()
  title?: ReportLabelInput | null;

  @Field(() => ReportLabelInput, { nullable: true, description: 'What the form is for.' })
  @IsOptional()
  @ValidateNested()
  description?: ReportLabelInput | null;

  @Field(() => ReportPeriodType, { nullable: true, description: 'How long a period is; refused (CONFLICT, FORM_IN_USE) once the form has reports.' })
  @IsOptional()
  periodType?: ReportPeriodType | null;

  @Field(() => String, { nullable: true, description: 'The first period reports are expected for.' })
  @IsOptional()
  firstPeriod?: string | null;

  @Field(() => [ID], { nullable: true, description: 'The regions expected to report (KATO codes, each once).' })
  @IsOptional()
  @ArrayMaxSize(40, { message: 'must list at most 40 regions' })
  regionCodes?: string[] | null;

  @Field(() => Int, { nullable: true, description: `How many days after a period's last day its report is due (0 to ${DUE}).` })
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must be 0 or more' })
  @Max(DUE, { message: `must be at most ${DUE}` })
  dueDays?: number | null;

  @Field(() => Int, { nullable: true, description: `Days of grace after the due day (0 to ${WINDOW}).` })
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must be 0 or more' })
  @Max(WINDOW, { message: `must be at most ${WINDOW}` })
  onTimeWindowDays?: number | null;

  @Field(() => [ReportSectionInput], { nullable: true, description: 'The sections with their fields, replacing all of them.' })
  @IsOptional()
  @ArrayMaxSize(REPORT_LIMITS.sectionsMax, { message: `must list at most ${REPORT_LIMITS.sectionsMax} sections` })
  @ValidateNested({ each: true })
  sections?: ReportSectionInput[] | null;
}
