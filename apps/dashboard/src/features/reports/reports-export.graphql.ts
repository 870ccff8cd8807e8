import { graphql } from '../../gql';

export const ExportReportQuery = graphql(`
  query ExportReport($id: ID!, $format: ReportExportFormat!, $language: ExportLanguage) {
    exportReport(id: $id, format: $format, language: $language) {
      ...ExportFileFields
    }
  }
`);
