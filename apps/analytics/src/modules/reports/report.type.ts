import { ListSize } from '@birge/server-kit';
import { REPORT_LIMITS } from '@birge/shared-reference';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Region } from '../region/region.type';
import { ReportPeriodType, ReportStatus } from '../report-forms/report-enums';
import { ReportAnswer } from './report-answer.type';

@ObjectType({
  description:
    "A region's periodic report on a form for a period: its answers (pre-filled figures with their sources), its status, history and comment " +
    'thread. One per form, region and period. Accepted reports are locked.',
})
export class Report {
  @Field(() => ID, { description: 'Stable id of the report.' })
  id: string;

  @Field(() => ID, { description: 'The form.' })
  formId: string;

  @Field(() => Int, { description: "The form's version the report is filled on; it keeps it when the form changes." })
  formVersion: number;

  @Field(() => Region, { nullable: true, description: 'The region reporting. Null only when the registry, which names it, cannot be reached.' })
  region: Region | null;

  @Field(() => ID, { description: "The region's KATO code." })
  regionCode: string;

  @Field(() => ReportPeriodType, { description: "The form's period type." })
  periodType: ReportPeriodType;

  @Field({ description: 'The period reported on, written like 2026-Q1.' })
  period: string;

  @Field({ description: 'The first day of the period (YYYY-MM-DD).' })
  periodStart: string;

  @Field({ description: 'The last day of the period (YYYY-MM-DD).' })
  periodEnd: string;

  @Field({ description: 'The last day the report is due (YYYY-MM-DD, Kazakhstan time).' })
  dueOn: string;

  @Field(() => ReportStatus, { description: 'Where the report stands.' })
  status: ReportStatus;

  @Field({ description: 'True once accepted: nothing changes until an administrator reopens it.' })
  locked: boolean;

  @ListSize(REPORT_LIMITS.fieldsMax)
  @Field(() => [ReportAnswer], { description: "An answer per field of the report's form version, in the form's order (unanswered fields too)." })
  answers: ReportAnswer[];

  @Field(() => Date, { nullable: true, description: 'When it was first submitted; null until then.' })
  firstSubmittedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was last submitted; null until then.' })
  lastSubmittedAt: Date | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the first submission came within the due day and the form's on-time window; null until submitted." })
  submittedOnTime: boolean | null;

  @Field(() => Int, { description: 'How many times it was submitted (a resubmission after a return counts again).' })
  submissionCount: number;

  @Field({ description: 'True while never submitted and past its due day.' })
  overdue: boolean;

  @Field(() => Date, { nullable: true, description: 'When it was accepted; null unless accepted.' })
  acceptedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Who accepted it (a user id); null unless accepted.' })
  acceptedBy: string | null;

  @Field({ description: 'When the report was opened.' })
  createdAt: Date;

  @Field(() => ID, { description: 'Who opened it (a user id).' })
  createdBy: string;

  @Field({ description: 'When it last changed (answers or status).' })
  updatedAt: Date;

  @Field(() => ID, { nullable: true, description: 'Who changed it last (a user id).' })
  updatedBy: string | null;

  @Field(() => Int, { description: 'Increases on every change; pass it back when saving, submitting or reviewing.' })
  version: number;
}
