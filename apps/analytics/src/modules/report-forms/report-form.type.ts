import { ASSUMED_HISTORY_LENGTH, ListSize } from '@birge/server-kit';
import { REGIONS, REPORT_LIMITS } from '@birge/shared-reference';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Region } from '../region/region.type';
import { ReportPeriodType } from './report-enums';
import { ReportFormField, ReportFormSection } from './report-form-field.type';
import { ReportLabel } from './report-label.type';

@ObjectType({ description: 'One version of a report form: its sections and fields as they were from that version on.' })
export class ReportFormVersion {
  @Field(() => Int, { description: 'The version number, from 1.' })
  version: number;

  @ListSize(REPORT_LIMITS.sectionsMax)
  @Field(() => [ReportFormSection], { description: 'The sections, in order.' })
  sections: ReportFormSection[];

  @ListSize(REPORT_LIMITS.fieldsMax)
  @Field(() => [ReportFormField], { description: 'Every field, in order (each names its section).' })
  fields: ReportFormField[];

  @Field({ description: 'When the version was made.' })
  createdAt: Date;

  @Field(() => ID, { description: 'Who made it (a user id).' })
  createdBy: string;
}

@ObjectType({
  description:
    'A periodic report form the republican office designed: what the regions report, how often, and by when. A form in use is versioned: ' +
    'changing the fields of a form that has reports makes a new version, and the reports keep theirs.',
})
export class ReportForm {
  @Field(() => ID, { description: 'Stable id of the form, the same across its versions.' })
  id: string;

  @Field(() => ReportLabel, { description: 'The title of the form.' })
  title: ReportLabel;

  @Field(() => ReportLabel, { nullable: true, description: 'What the form is for, shown above it; null when there is none.' })
  description: ReportLabel | null;

  @Field(() => ReportPeriodType, { description: 'How long a period of the form is.' })
  periodType: ReportPeriodType;

  @Field({ description: 'The first period reports are expected for (written like 2026-Q1).' })
  firstPeriod: string;

  @Field(() => [ID], { description: 'The regions expected to report (KATO codes).' })
  regionCodes: string[];

  @ListSize(REGIONS.length)
  @Field(() => [Region], { description: 'The regions expected to report.' })
  regions: Region[];

  @Field(() => Int, { description: "How many days after a period's last day its report is due." })
  dueDays: number;

  @Field(() => Int, { description: 'Days of grace after the due day in which a first submission still counts as on time.' })
  onTimeWindowDays: number;

  @Field(() => Int, { description: 'The version new reports are filled on.' })
  version: number;

  @ListSize(REPORT_LIMITS.sectionsMax)
  @Field(() => [ReportFormSection], { description: 'The sections of the current version, in order.' })
  sections: ReportFormSection[];

  @ListSize(REPORT_LIMITS.fieldsMax)
  @Field(() => [ReportFormField], { description: 'The fields of the current version, in order (each names its section).' })
  fields: ReportFormField[];

  @Field({ description: 'When the form was made.' })
  createdAt: Date;

  @Field(() => ID, { description: 'Who made it (a user id).' })
  createdBy: string;

  @Field({ description: 'When the form last changed.' })
  updatedAt: Date;

  @Field(() => ID, { nullable: true, description: 'Who changed it last (a user id); null until the first change.' })
  updatedBy: string | null;

  @Field(() => Int, { description: 'Increases on every change; pass it back to updateReportForm.' })
  revision: number;
}

/** The largest number of versions a form lists (the cost model's size of ReportForm.versions). */
export const ASSUMED_FORM_VERSIONS = ASSUMED_HISTORY_LENGTH;
