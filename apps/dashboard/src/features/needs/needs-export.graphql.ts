import { graphql } from '../../gql';

export const ExportNeedsQuery = graphql(`
  query ExportNeeds($format: TableExportFormat!, $filter: NeedFilter, $language: ExportLanguage) {
    exportNeeds(format: $format, filter: $filter, language: $language) {
      ...ExportFileFields
    }
  }
`);
