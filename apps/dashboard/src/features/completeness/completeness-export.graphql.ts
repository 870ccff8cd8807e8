import { graphql } from '../../gql';

export const ExportCompletenessQuery = graphql(`
  query ExportCompleteness($formId: ID!, $format: TableExportFormat!, $language: ExportLanguage) {
    exportCompleteness(formId: $formId, format: $format, language: $language) {
      ...ExportFileFields
    }
  }
`);
