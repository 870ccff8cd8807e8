import { NotFoundError, type LoaderRegistry } from '@birge/server-kit';
import { CONTENT_TYPES, renderPdf, toXlsx } from '@birge/server-exports';
import type { Identity } from '@birge/shared-reference';
import type { CompletenessService } from '../completeness/completeness.service';
import type { Clock } from '../needs/need-clock';
import { toReportFields, toReportSections } from '../report-forms/report-form.mapper';
import type { ReportFormService } from '../report-forms/report-form.service';
import type { ReportService } from '../reports/report.service';
import { ReportExportFormat, TableExportFormat, type ExportLanguage } from './export-enums';
import type { ExportFile } from './export-file.type';
import { exportWords } from './export-labels';
import { fileNameOf, renderTable, toExportResult } from './export-render';
import { completenessCellsTable, completenessRegionsTable } from './completeness-tables';
import { reportDocument, reportTables, type ReportContent } from './report-document';

/**
 * Files of the periodic reports, made through the reports' own services: a report is read with
 * `report`'s rights and masking, completeness with `reportingCompleteness`'s.
 */
export class ReportExportService {
  constructor(
    private readonly reports: ReportService,
    private readonly reportForms: ReportFormService,
    private readonly completeness: CompletenessService,
    private readonly clock: Clock,
  ) {}

  async report(id: string, format: ReportExportFormat, language: ExportLanguage | null | undefined, identity: Identity | null, loaders: LoaderRegistry): Promise<ExportFile> {
    const generatedAt = this.clock.now();
    const report = await this.reports.get(id, identity);
    if (!report) throw new NotFoundError('Report', id, 'id');
    const [form, version] = await Promise.all([
      this.reportForms.formLoader(loaders).load(report.formId),
      this.reportForms.versionLoader(loaders).load(`${report.formId}#${report.formVersion}`),
    ]);
    const content: ReportContent = { report, form, sections: version ? toReportSections(version.sections) : [], fields: version ? toReportFields(version.sections) : [] };
    const words = exportWords(language);
    const what = ['report', report.regionCode, report.period];
    if (format === ReportExportFormat.PDF) {
      const file = {
        fileName: fileNameOf(what, generatedAt, 'pdf'),
        contentType: CONTENT_TYPES.pdf,
        content: await renderPdf(reportDocument(words, content, identity, generatedAt)),
      };
      return toExportResult(file, content.fields.length, generatedAt, 'id');
    }
    const tables = reportTables(words, content, identity);
    const file = { fileName: fileNameOf(what, generatedAt, 'xlsx'), contentType: CONTENT_TYPES.xlsx, content: await toXlsx(tables, { createdAt: generatedAt }) };
    return toExportResult(file, tables[0].rows.length, generatedAt, 'id');
  }

  async completenessOf(
    formId: string,
    periods: readonly string[] | null | undefined,
    regionCode: string | null | undefined,
    format: TableExportFormat,
    language: ExportLanguage | null | undefined,
    identity: Identity | null,
  ): Promise<ExportFile> {
    const generatedAt = this.clock.now();
    const completeness = await this.completeness.of(formId, periods, regionCode, identity);
    const words = exportWords(language);
    const cells = completenessCellsTable(words, completeness);
    const what = ['completeness', regionCode ?? ''];
    // CSV holds one table (the cells); the workbook adds the counts per region beside them.
    const file =
      format === TableExportFormat.CSV
        ? await renderTable(cells, format, what, generatedAt)
        : {
            fileName: fileNameOf(what, generatedAt, 'xlsx'),
            contentType: CONTENT_TYPES.xlsx,
            content: await toXlsx([cells, completenessRegionsTable(words, completeness)], { createdAt: generatedAt }),
          };
    return toExportResult(file, cells.rows.length, generatedAt, 'periods');
  }
}
