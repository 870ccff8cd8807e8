import type { LoaderRegistry } from '@birge/server-kit';
import { CONTENT_TYPES, renderPdf } from '@birge/server-exports';
import { findRegion, NeedStatus, type Identity } from '@birge/shared-reference';
import type { CoverageService } from '../coverage/coverage.service';
import type { RegionCoverage } from '../coverage/region-coverage.type';
import type { Clock } from '../needs/need-clock';
import { invalidField } from '../needs/need-errors';
import type { NeedListService } from '../needs/need-list.service';
import type { Need } from '../needs/need.type';
import type { NeedFilter } from '../needs/dto/need-filter.input';
import type { OverviewService } from '../overview/overview.service';
import type { ExportLanguage, TableExportFormat } from './export-enums';
import type { ExportFile } from './export-file.type';
import { exportWords } from './export-labels';
import { EXPORT_LIMITS, exportTooLarge } from './export-limits';
import { fileNameOf, renderTable, toExportResult } from './export-render';
import { needsTable } from './needs-table';
import { districtsTable, regionsTable } from './overview-tables';
import { summaryDocument } from './summary-document';

const OPEN_NEED_STATUSES = [NeedStatus.OPEN, NeedStatus.ESCALATED, NeedStatus.BEING_ADDRESSED];
const PAGE = 100;

/**
 * Files made from the figures and the register, through the services that serve the same data in
 * the API: the same filters, the same region scoping and the same masking of personal data.
 */
export class ExportService {
  constructor(
    private readonly needList: NeedListService,
    private readonly overview: OverviewService,
    private readonly coverage: CoverageService,
    private readonly clock: Clock,
  ) {}

  /** Every entry the register's list gives for the filter, newest first; up to `max`, with the total that matched. */
  private async collectNeeds(filter: NeedFilter, identity: Identity | null, max: number): Promise<{ needs: Need[]; total: number }> {
    const needs: Need[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page = await this.needList.list(filter, { first: Math.min(PAGE, max - needs.length), after }, identity);
      total = page.totalCount;
      needs.push(...page.edges.map((edge) => edge.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && needs.length < max);
    return { needs, total };
  }

  async needs(filter: NeedFilter | null | undefined, format: TableExportFormat, language: ExportLanguage | null | undefined, identity: Identity | null): Promise<ExportFile> {
    const generatedAt = this.clock.now();
    const wanted = filter ?? {};
    // The count comes with the first page: a register too large for one file is refused before the rest is read.
    const first = await this.needList.list(wanted, { first: 1 }, identity);
    if (first.totalCount > EXPORT_LIMITS.maxRows) {
      throw exportTooLarge('filter', `${first.totalCount} entries match, more than the ${EXPORT_LIMITS.maxRows} one file holds: narrow the filter (a region, a status)`, {
        rowCount: first.totalCount,
        maxRows: EXPORT_LIMITS.maxRows,
      });
    }
    const { needs } = await this.collectNeeds(wanted, identity, EXPORT_LIMITS.maxRows);
    const table = needsTable(needs, exportWords(language), identity);
    const file = await renderTable(table, format, ['needs', wanted.regionCode ?? ''], generatedAt);
    return toExportResult(file, table.rows.length, generatedAt, 'filter');
  }

  async nationalOverview(format: TableExportFormat, language: ExportLanguage | null | undefined): Promise<ExportFile> {
    const generatedAt = this.clock.now();
    const table = regionsTable(exportWords(language), await this.overview.national());
    return toExportResult(await renderTable(table, format, ['national-overview'], generatedAt), table.rows.length - 1, generatedAt, 'format');
  }

  async regionCoverage(regionCode: string, format: TableExportFormat, language: ExportLanguage | null | undefined, loaders: LoaderRegistry): Promise<ExportFile> {
    const generatedAt = this.clock.now();
    const table = districtsTable(exportWords(language), await this.coverageOf(regionCode, 'regionCode', loaders));
    return toExportResult(await renderTable(table, format, ['coverage', regionCode], generatedAt), table.rows.length, generatedAt, 'regionCode');
  }

  async summaryPdf(regionCode: string | null | undefined, language: ExportLanguage | null | undefined, identity: Identity | null, loaders: LoaderRegistry): Promise<ExportFile> {
    const generatedAt = this.clock.now();
    const words = exportWords(language);
    const region = regionCode ? { code: regionCode, coverage: await this.coverageOf(regionCode, 'regionCode', loaders) } : undefined;
    // Open needs as the register lists them to this reader (a regional staff member's national summary shows their own region's).
    const lists = await Promise.all(OPEN_NEED_STATUSES.map((status) => this.collectNeeds({ regionCode, status }, identity, EXPORT_LIMITS.summaryNeeds)));
    const openNeeds = lists
      .flatMap((list) => list.needs)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))
      .slice(0, EXPORT_LIMITS.summaryNeeds);
    const openNeedCount = lists.reduce((sum, list) => sum + list.total, 0);
    const model = summaryDocument(words, { overview: await this.overview.national(), region, openNeeds, openNeedCount, generatedAt }, identity);
    const content = await renderPdf(model);
    const file = { fileName: fileNameOf(['summary', regionCode ?? 'national', words.locale], generatedAt, 'pdf'), contentType: CONTENT_TYPES.pdf, content };
    return toExportResult(file, openNeeds.length, generatedAt, 'regionCode');
  }

  /**
   * A region's coverage as the Region.coverage field computes it, for the districts of the KATO
   * reference and any other district its facts name (one added in the registry since).
   */
  private async coverageOf(regionCode: string, field: string, loaders: LoaderRegistry): Promise<RegionCoverage> {
    const region = findRegion(regionCode);
    if (!region) throw invalidField(field, 'UNKNOWN_REGION', `is not a region code (got "${regionCode}")`);
    const figures = await this.coverage.districtFiguresLoader(loaders).load(regionCode);
    const known = region.districts.map((district) => district.code);
    const codes = [...known, ...[...figures.keys()].filter((code) => !known.includes(code)).sort()];
    const coverage = await this.coverage.ofRegion({ code: regionCode, districts: codes.map((code) => ({ code })) }, loaders);
    if (!coverage) throw new Error(`Coverage of ${regionCode} was not computed although its districts were given`);
    return coverage;
  }
}
