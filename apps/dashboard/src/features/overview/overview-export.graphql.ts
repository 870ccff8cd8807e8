import { graphql } from '../../gql';

/** The regions' figures the overview shows (the same measures, grouped by region, over the same period) as a file. */
export const ExportRegionFiguresQuery = graphql(`
  query ExportRegionFigures($filter: InsightFilter, $format: TableExportFormat!, $language: ExportLanguage) {
    exportInsights(
      filter: $filter
      groupBy: [REGION]
      measures: [ORGANIZATIONS, NEW_ORGANIZATIONS, REQUESTS, OPEN_REQUESTS, OVERDUE_REQUESTS, RESOLVED_REQUESTS, CONTACTS, COVERED_DISTRICTS]
      format: $format
      language: $language
    ) {
      ...ExportFileFields
    }
  }
`);

export const ExportNationalSummaryQuery = graphql(`
  query ExportNationalSummary($language: ExportLanguage) {
    exportSummaryPdf(language: $language) {
      ...ExportFileFields
    }
  }
`);
