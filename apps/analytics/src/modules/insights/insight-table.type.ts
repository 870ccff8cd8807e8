import { ListSize } from '@birge/server-kit';
import { Field, ObjectType } from 'type-graphql';
import { InsightDimension, InsightMeasure } from './insight-enums';
import { MAX_QUERY_MEASURES, MAX_GROUP_DIMENSIONS, MAX_INSIGHT_ROWS } from './insight-limits';
import { InsightPeriod } from './insight-period.type';
import { InsightRow } from './insight-row.type';

@ObjectType({
  description:
    "A table of figures, in the dimensions' natural order (regions in official order, months in time order, enum values in their " +
    'declared order), never sorted by a figure: this API ranks nobody. Grouped by REGION or DISTRICT, every region (district) in scope ' +
    'is a row, crossed with every value of the other grouping dimension: counts 0 and shares, averages and percentiles null where ' +
    'nothing was counted. Otherwise one row per group that has any fact.',
})
export class InsightTable {
  @ListSize(MAX_QUERY_MEASURES)
  @Field(() => [InsightMeasure], { description: "The measures, in the order of every row's values." })
  measures: InsightMeasure[];

  @ListSize(MAX_GROUP_DIMENSIONS)
  @Field(() => [InsightDimension], { description: "The grouping dimensions, in the order of every row's keys." })
  groupBy: InsightDimension[];

  @Field(() => InsightPeriod, { description: 'The period the figures cover, as resolved from the filter.' })
  period: InsightPeriod;

  @ListSize(MAX_INSIGHT_ROWS)
  @Field(() => [InsightRow], { description: `The groups; at most ${MAX_INSIGHT_ROWS} (a grouping that could give more is BAD_USER_INPUT).` })
  rows: InsightRow[];

  @Field(() => InsightRow, { description: 'The same measures over everything the filter keeps, ungrouped (keys empty).' })
  total: InsightRow;
}
