import { graphql } from '../../gql';

export const ExportNationalOverviewQuery = graphql(`
  query ExportNationalOverview($format: TableExportFormat!, $language: ExportLanguage) {
    exportNationalOverview(format: $format, language: $language) {
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
