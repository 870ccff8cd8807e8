import { Arg, Authorized, Ctx, ID, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { AnalyticsContext } from '../../analytics.context';
import { InsightFilter } from './dto/insight-filter.input';
import { INSIGHT_READERS_NOTE } from './insight-descriptions';
import { InsightDimension, InsightMeasure } from './insight-enums';
import { InsightReaders } from './insight-access';
import { MAX_QUERY_MEASURES, MAX_SERIES_LINES, MAX_SERIES_MONTHS } from './insight-limits';
import { InsightSeries } from './insight-series.type';
import { InsightTable } from './insight-table.type';

@Resolver()
export class InsightResolver {
  @Authorized()
  @UseMiddleware(InsightReaders)
  @Query(() => InsightTable, {
    description:
      'The analytics API: any measures, filtered by the shared InsightFilter, grouped by one or two dimensions (or none: the total). ' +
      "Rows come in the dimensions' natural order, never ranked by a figure; rows of one region carry its open needs and last report " +
      `(regionContext). Invalid combinations are BAD_USER_INPUT naming the argument. ${INSIGHT_READERS_NOTE} See docs/analytics.md.`,
  })
  insights(
    @Ctx() ctx: AnalyticsContext,
    @Arg('measures', () => [InsightMeasure], { description: `The figures to compute: 1 to ${MAX_QUERY_MEASURES}, each once.` }) measures: InsightMeasure[],
    @Arg('groupBy', () => [InsightDimension], { nullable: true, description: 'Zero, one or two dimensions to group by (two different ones).' })
    groupBy?: InsightDimension[] | null,
    @Arg('filter', () => InsightFilter, { nullable: true, description: 'What to count; everything readable in the last 12 months when omitted.' })
    filter?: InsightFilter | null,
  ): Promise<InsightTable> {
    return ctx.services.insights.table({ measures, groupBy: groupBy ?? [], filter: filter ?? {} }, ctx.identity);
  }

  @Authorized()
  @UseMiddleware(InsightReaders)
  @Query(() => InsightSeries, {
    description:
      `A monthly time series of measures over the filter's period (whole months, at most ${MAX_SERIES_MONTHS}), as one line or split into ` +
      `one line per value of a dimension (not a time dimension; at most ${MAX_SERIES_LINES} lines). Every month is present, zero counts ` +
      `included; lines in the dimension's natural order, never ranked. ${INSIGHT_READERS_NOTE}`,
  })
  insightSeries(
    @Ctx() ctx: AnalyticsContext,
    @Arg('measures', () => [InsightMeasure], { description: `The figures to compute: 1 to ${MAX_QUERY_MEASURES}, each once.` }) measures: InsightMeasure[],
    @Arg('splitBy', () => InsightDimension, { nullable: true, description: 'One line per value of this dimension; one line when omitted.' })
    splitBy?: InsightDimension | null,
    @Arg('filter', () => InsightFilter, { nullable: true, description: 'What to count; everything readable in the last 12 months when omitted.' })
    filter?: InsightFilter | null,
  ): Promise<InsightSeries> {
    return ctx.services.insights.series({ measures, splitBy: splitBy ?? null, filter: filter ?? {} }, ctx.identity);
  }

  @Authorized()
  @UseMiddleware(InsightReaders)
  @Query(() => InsightTable, {
    description:
      'Drill-down from a region into its districts: the measures of one region grouped by DISTRICT (and optionally one more dimension), ' +
      `every row with the region's open needs and last report. The filter's regions are replaced by this one. ${INSIGHT_READERS_NOTE}`,
  })
  insightDrillDown(
    @Ctx() ctx: AnalyticsContext,
    @Arg('region', () => ID, { description: 'The region to drill into (KATO code).' }) region: string,
    @Arg('measures', () => [InsightMeasure], { description: `The figures to compute: 1 to ${MAX_QUERY_MEASURES}, each once.` }) measures: InsightMeasure[],
    @Arg('thenBy', () => InsightDimension, { nullable: true, description: 'A second grouping dimension after DISTRICT, e.g. MONTH.' })
    thenBy?: InsightDimension | null,
    @Arg('filter', () => InsightFilter, { nullable: true, description: 'What to count within the region.' }) filter?: InsightFilter | null,
  ): Promise<InsightTable> {
    return ctx.services.insights.drillDown(region, { measures, groupBy: thenBy ? [thenBy] : [], filter: filter ?? {} }, ctx.identity);
  }
}
