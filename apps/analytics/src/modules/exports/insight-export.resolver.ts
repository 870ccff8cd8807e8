import { Arg, Authorized, Ctx, ID, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { AnalyticsContext } from '../../analytics.context';
import { InsightFilter } from '../insights/dto/insight-filter.input';
import { INSIGHT_READERS_NOTE } from '../insights/insight-descriptions';
import { InsightDimension, InsightMeasure } from '../insights/insight-enums';
import { InsightReaders } from '../insights/insight-access';
import { MAX_QUERY_MEASURES } from '../insights/insight-limits';
import { ExportLanguage, TableExportFormat } from './export-enums';
import { ExportFile } from './export-file.type';
import { EXPORT_LANGUAGE_DESCRIPTION } from './export-limits';

const TABLE =
  'a column per grouping dimension (its values named in the chosen language), a column per measure (shares as percents), the rows in ' +
  "the API's order, never ranked, and the total last. The same arguments, limits and errors as";

@Resolver()
export class InsightExportResolver {
  @Authorized()
  @UseMiddleware(InsightReaders)
  @Query(() => ExportFile, { description: `\`insights\` as a file (CSV or XLSX): ${TABLE} \`insights\`. ${INSIGHT_READERS_NOTE}` })
  exportInsights(
    @Ctx() ctx: AnalyticsContext,
    @Arg('measures', () => [InsightMeasure], { description: `The figures to compute: 1 to ${MAX_QUERY_MEASURES}, each once.` }) measures: InsightMeasure[],
    @Arg('format', () => TableExportFormat, { description: 'CSV or XLSX.' }) format: TableExportFormat,
    @Arg('groupBy', () => [InsightDimension], { nullable: true, description: 'Zero, one or two dimensions to group by (two different ones).' })
    groupBy?: InsightDimension[] | null,
    @Arg('filter', () => InsightFilter, { nullable: true, description: 'What to count; everything readable in the last 12 months when omitted.' })
    filter?: InsightFilter | null,
    @Arg('language', () => ExportLanguage, { nullable: true, description: EXPORT_LANGUAGE_DESCRIPTION }) language?: ExportLanguage,
  ): Promise<ExportFile> {
    return ctx.services.insightExports.table({ measures, groupBy: groupBy ?? [], filter: filter ?? {} }, format, language, ctx.identity);
  }

  @Authorized()
  @UseMiddleware(InsightReaders)
  @Query(() => ExportFile, { description: `\`insightDrillDown\` (a region's districts) as a file (CSV or XLSX): ${TABLE} \`insightDrillDown\`. ${INSIGHT_READERS_NOTE}` })
  exportInsightDrillDown(
    @Ctx() ctx: AnalyticsContext,
    @Arg('region', () => ID, { description: 'The region to drill into (KATO code).' }) region: string,
    @Arg('measures', () => [InsightMeasure], { description: `The figures to compute: 1 to ${MAX_QUERY_MEASURES}, each once.` }) measures: InsightMeasure[],
    @Arg('format', () => TableExportFormat, { description: 'CSV or XLSX.' }) format: TableExportFormat,
    @Arg('thenBy', () => InsightDimension, { nullable: true, description: 'A second grouping dimension after DISTRICT, e.g. MONTH.' })
    thenBy?: InsightDimension | null,
    @Arg('filter', () => InsightFilter, { nullable: true, description: 'What to count within the region.' }) filter?: InsightFilter | null,
    @Arg('language', () => ExportLanguage, { nullable: true, description: EXPORT_LANGUAGE_DESCRIPTION }) language?: ExportLanguage,
  ): Promise<ExportFile> {
    return ctx.services.insightExports.drillDown(region, { measures, groupBy: thenBy ? [thenBy] : [], filter: filter ?? {} }, format, language, ctx.identity);
  }
}
