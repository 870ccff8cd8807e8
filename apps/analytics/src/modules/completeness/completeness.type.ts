import { ListSize, graphqlEnum, type EnumValue } from '@birge/server-kit';
import { REGIONS } from '@birge/shared-reference';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Region } from '../region/region.type';
import { ReportForm } from '../report-forms/report-form.type';

/** The most periods one completeness request covers. */
export const COMPLETENESS_PERIODS_MAX = 12;

/** Where a region's report for a period stands, including "not opened yet". */
export const ReportingState = graphqlEnum('ReportingState', "Where a region's report for a period stands in the completeness matrix.", {
  NOT_STARTED: 'The region has not opened its report.',
  DRAFT: 'Opened, never submitted.',
  SUBMITTED: 'Submitted, waiting for review.',
  RETURNED: 'Returned to the region (or reopened) to fix and resubmit.',
  ACCEPTED: 'Accepted and locked.',
});
export type ReportingState = EnumValue<typeof ReportingState>;

@ObjectType({ description: "A region's report for one period: a cell of the completeness matrix." })
export class ReportingCell {
  @Field(() => ID, { description: "The region's KATO code." })
  regionCode: string;

  @Field(() => Region, { nullable: true, description: 'The region. Null only when the registry cannot be reached.' })
  region: Region | null;

  @Field({ description: 'The period (like 2026-Q1).' })
  period: string;

  @Field({ description: 'The last day the report is due (YYYY-MM-DD).' })
  dueOn: string;

  @Field(() => ReportingState, { description: 'Where the report stands.' })
  state: ReportingState;

  @Field(() => ID, { nullable: true, description: 'The report; null while not opened.' })
  reportId: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was first submitted; null until then.' })
  firstSubmittedAt: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the first submission was on time; null until submitted.' })
  submittedOnTime: boolean | null;

  @Field({ description: 'Never submitted and past its due day.' })
  overdue: boolean;
}

@ObjectType({ description: 'Counts of reports: expected, submitted, on time, returned, accepted, overdue.' })
export class ReportingCounts {
  @Field(() => Int, { description: 'Reports expected (regions expected × periods).' })
  expected: number;

  @Field(() => Int, { description: 'Submitted at least once (whatever happened after).' })
  submitted: number;

  @Field(() => Int, { description: "First submitted within the due day and the form's on-time window." })
  onTime: number;

  @Field(() => Int, { description: 'Returned to the region now, waiting for a resubmission.' })
  returned: number;

  @Field(() => Int, { description: 'Accepted.' })
  accepted: number;

  @Field(() => Int, { description: 'Never submitted and past the due day.' })
  overdue: number;

  @Field(() => Int, { description: 'Opened and never submitted (overdue ones included).' })
  drafts: number;

  @Field(() => Int, { description: 'Not opened at all (overdue ones included).' })
  notStarted: number;
}

@ObjectType({ description: 'Completeness of one period across the regions expected.' })
export class ReportingPeriodSummary {
  @Field({ description: 'The period (like 2026-Q1).' })
  period: string;

  @Field({ description: 'Its first day (YYYY-MM-DD).' })
  periodStart: string;

  @Field({ description: 'Its last day (YYYY-MM-DD).' })
  periodEnd: string;

  @Field({ description: 'The last day its reports are due (YYYY-MM-DD).' })
  dueOn: string;

  @Field(() => ReportingCounts, { description: 'The counts for the period.' })
  counts: ReportingCounts;
}

@ObjectType({ description: 'Completeness of one region across the periods asked.' })
export class ReportingRegionSummary {
  @Field(() => ID, { description: "The region's KATO code." })
  regionCode: string;

  @Field(() => Region, { nullable: true, description: 'The region. Null only when the registry cannot be reached.' })
  region: Region | null;

  @Field(() => ReportingCounts, { description: 'The counts for the region.' })
  counts: ReportingCounts;
}

@ObjectType({
  description:
    'Completeness of a form for some periods, per region and period (the DHIS2 reporting-rate view, judged on reports the republican office ' +
    'can read: a report is submitted only once its required answers say something).',
})
export class ReportingCompleteness {
  @Field(() => ReportForm, { description: 'The form.' })
  form: ReportForm;

  @ListSize(COMPLETENESS_PERIODS_MAX)
  @Field(() => [ReportingPeriodSummary], { description: 'Per period, oldest first.' })
  periods: ReportingPeriodSummary[];

  @ListSize(REGIONS.length)
  @Field(() => [ReportingRegionSummary], { description: 'Per region expected, in the reference order.' })
  regions: ReportingRegionSummary[];

  @ListSize(REGIONS.length * COMPLETENESS_PERIODS_MAX)
  @Field(() => [ReportingCell], { description: 'Every region × period cell, by period then region.' })
  cells: ReportingCell[];

  @ListSize(REGIONS.length * COMPLETENESS_PERIODS_MAX)
  @Field(() => [ReportingCell], { description: 'The overdue cells (never submitted, past the due day), the longest overdue first.' })
  overdue: ReportingCell[];

  @Field(() => ReportingCounts, { description: 'The counts over every region and period asked.' })
  totals: ReportingCounts;
}
