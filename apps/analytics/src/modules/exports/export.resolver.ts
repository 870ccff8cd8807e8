import { Arg, Authorized, Ctx, ID, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { AnalyticsContext } from '../../analytics.context';
import { NeedReaders } from '../needs/need-access';
import { NeedFilter } from '../needs/dto/need-filter.input';
import { ExportLanguage, TableExportFormat } from './export-enums';
import { ExportFile } from './export-file.type';
import { EXPORT_LANGUAGE_DESCRIPTION, EXPORT_LIMITS } from './export-limits';

const FORMAT = 'CSV or XLSX.';
const TOO_LARGE = `A file past ${EXPORT_LIMITS.maxBytes / 1024 / 1024} MB is BAD_USER_INPUT (EXPORT_TOO_LARGE) naming what to narrow.`;

@Resolver()
export class ExportResolver {
  @Authorized()
  @UseMiddleware(NeedReaders)
  @Query(() => ExportFile, {
    description:
      'The needs register as a file, filtered exactly like `needs` and read with the same rights: republican administrators, analysts and ' +
      "partner keys with analytics:read every region's entries, regional staff their own region's (another region's filter is FORBIDDEN, " +
      'OTHER_REGION). The narrative is written only for those `needs` shows it to; analysts and partners get a "withheld" note. ' +
      `At most ${EXPORT_LIMITS.maxRows} entries: more is BAD_USER_INPUT (EXPORT_TOO_LARGE) on filter. ${TOO_LARGE}`,
  })
  exportNeeds(
    @Ctx() ctx: AnalyticsContext,
    @Arg('format', () => TableExportFormat, { description: FORMAT }) format: TableExportFormat,
    @Arg('filter', () => NeedFilter, { nullable: true, description: 'Only the entries that match, as in `needs`.' }) filter?: NeedFilter,
    @Arg('language', () => ExportLanguage, { nullable: true, description: EXPORT_LANGUAGE_DESCRIPTION }) language?: ExportLanguage,
  ): Promise<ExportFile> {
    return ctx.services.exports.needs(filter, format, language, ctx.identity);
  }

  @Authorized()
  @Query(() => ExportFile, {
    description:
      '`nationalOverview` as a file: the 20 regions in official order (name, KATO code, organizations, open requests) and the total. ' +
      'Any signed-in caller, like the overview (partners with analytics:read).',
  })
  exportNationalOverview(
    @Ctx() ctx: AnalyticsContext,
    @Arg('format', () => TableExportFormat, { description: FORMAT }) format: TableExportFormat,
    @Arg('language', () => ExportLanguage, { nullable: true, description: EXPORT_LANGUAGE_DESCRIPTION }) language?: ExportLanguage,
  ): Promise<ExportFile> {
    return ctx.services.exports.nationalOverview(format, language);
  }

  @Authorized()
  @Query(() => ExportFile, {
    description:
      "A region's district table as a file, the figures of `Region.coverage`: every district with its organizations, contacts, contact " +
      'status and last contact day. Any signed-in caller, like the coverage field. An unknown region is BAD_USER_INPUT (UNKNOWN_REGION).',
  })
  exportRegionCoverage(
    @Ctx() ctx: AnalyticsContext,
    @Arg('regionCode', () => ID, { description: "The region's KATO code." }) regionCode: string,
    @Arg('format', () => TableExportFormat, { description: FORMAT }) format: TableExportFormat,
    @Arg('language', () => ExportLanguage, { nullable: true, description: EXPORT_LANGUAGE_DESCRIPTION }) language?: ExportLanguage,
  ): Promise<ExportFile> {
    return ctx.services.exports.regionCoverage(regionCode, format, language, ctx.loaders);
  }

  @Authorized()
  @UseMiddleware(NeedReaders)
  @Query(() => ExportFile, {
    description:
      "A summary as a PDF (A4, a font with every Kazakh letter embedded): the national one, or a region's with its districts; its figures " +
      `and, beside them, the open needs of the register in the region's own words (the newest ${EXPORT_LIMITS.summaryNeeds}, the rest counted). ` +
      'No score, no ranking. Read with the rights of `needs`: a regional summary of another region is FORBIDDEN (OTHER_REGION) for regional staff, ' +
      "whose national summary lists their own region's needs; narratives are withheld from analysts and partners. " +
      `Dates in Almaty time. ${TOO_LARGE}`,
  })
  exportSummaryPdf(
    @Ctx() ctx: AnalyticsContext,
    @Arg('regionCode', () => ID, { nullable: true, description: "A region's KATO code for its summary; the national summary when omitted." }) regionCode?: string,
    @Arg('language', () => ExportLanguage, { nullable: true, description: EXPORT_LANGUAGE_DESCRIPTION }) language?: ExportLanguage,
  ): Promise<ExportFile> {
    return ctx.services.exports.summaryPdf(regionCode, language, ctx.identity, ctx.loaders);
  }
}
