import { ListSize } from '@birge/server-kit';
import { Field, ObjectType } from 'type-graphql';
import { InsightMeasure } from './insight-enums';
import { InsightKey } from './insight-key.type';
import { MAX_QUERY_MEASURES, MAX_SERIES_LINES, MAX_SERIES_MONTHS } from './insight-limits';
import { InsightPeriod } from './insight-period.type';
import { InsightRegionContext } from './insight-region-context.type';
import { InsightValue } from './insight-value.type';

@ObjectType({ description: 'The measures of one month of a series line.' })
export class InsightPoint {
  @Field({ description: 'The month, YYYY-MM.' })
  month: string;

  @ListSize(MAX_QUERY_MEASURES)
  @Field(() => [InsightValue], { description: 'The measures, in the order they were asked for (zero counts included).' })
  values: InsightValue[];
}

@ObjectType({ description: 'One line of a monthly series: every month of the period, also those without facts.' })
export class InsightSeriesLine {
  @Field(() => InsightKey, { nullable: true, description: 'The value of the split dimension this line is; null for the one line of an unsplit series.' })
  key: InsightKey | null;

  @ListSize(MAX_SERIES_MONTHS)
  @Field(() => [InsightPoint], { description: 'One point per month, in time order.' })
  points: InsightPoint[];

  /** The line's region, when split by REGION. */
  regionCode: string | null;

  @Field(() => InsightRegionContext, {
    nullable: true,
    description: "When the line is one region's (split by REGION, or filtered to one region): its open needs and last report narrative.",
  })
  regionContext?: InsightRegionContext | null;
}

@ObjectType({ description: 'A monthly time series of measures, as one line or one line per value of a dimension.' })
export class InsightSeries {
  @ListSize(MAX_QUERY_MEASURES)
  @Field(() => [InsightMeasure], { description: "The measures, in the order of every point's values." })
  measures: InsightMeasure[];

  @Field(() => InsightPeriod, { description: 'The period, widened to whole months.' })
  period: InsightPeriod;

  @ListSize(MAX_SERIES_MONTHS)
  @Field(() => [String], { description: `The months of the series, YYYY-MM, in time order; at most ${MAX_SERIES_MONTHS}.` })
  months: string[];

  @ListSize(MAX_SERIES_LINES)
  @Field(() => [InsightSeriesLine], { description: "The lines, in the split dimension's natural order (never by a figure)." })
  lines: InsightSeriesLine[];
}
