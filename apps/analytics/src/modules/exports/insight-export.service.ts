import type { Identity } from '@birge/shared-reference';
import type { InsightRequest } from '../insights/insight-plan';
import type { InsightService } from '../insights/insight.service';
import type { Clock } from '../needs/need-clock';
import type { ExportLanguage, TableExportFormat } from './export-enums';
import type { ExportFile } from './export-file.type';
import { exportWords } from './export-labels';
import { renderTable, toExportResult } from './export-render';
import { insightsTable } from './insights-table';

/** The analytics API's tables as files, computed by the insights service itself: the same filters, limits and region scoping. */
export class InsightExportService {
  constructor(
    private readonly insights: InsightService,
    private readonly clock: Clock,
  ) {}

  async table(request: InsightRequest, format: TableExportFormat, language: ExportLanguage | null | undefined, identity: Identity | null): Promise<ExportFile> {
    const generatedAt = this.clock.now();
    const table = await this.insights.table(request, identity);
    const rows = insightsTable(exportWords(language), table);
    const file = await renderTable(rows, format, ['insights', table.period.from, table.period.to], generatedAt);
    return toExportResult(file, table.rows.length || 1, generatedAt, 'groupBy');
  }

  async drillDown(region: string, request: InsightRequest, format: TableExportFormat, language: ExportLanguage | null | undefined, identity: Identity | null): Promise<ExportFile> {
    const generatedAt = this.clock.now();
    const table = await this.insights.drillDown(region, request, identity);
    const rows = insightsTable(exportWords(language), table);
    const file = await renderTable(rows, format, ['insights', region, table.period.from, table.period.to], generatedAt);
    return toExportResult(file, table.rows.length, generatedAt, 'thenBy');
  }
}
