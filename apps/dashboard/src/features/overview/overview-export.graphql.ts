import { graphql } from '../../gql';

/** The regions' figures the overview shows (the same measures, grouped by region, over the same period and filters) as a file. */
export const ExportRegionFiguresQuery = graphql(`
  query ExportRegionFigures($filter: InsightFilter, $measures: [InsightMeasure!]!, $format: TableExportFormat!, $language: ExportLanguage) {
    exportInsights(filter: $filter, groupBy: [REGION], measures: $measures, format: $format, language: $language) {
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
