import { graphql } from '../../gql';

export const ImportOrganizationsMutation = graphql(`
  mutation ImportOrganizations($csv: String!, $dryRun: Boolean) {
    importOrganizations(csv: $csv, dryRun: $dryRun) {
      ok
      dryRun
      rowCount
      created
      updated
      unchanged
      errorCount
      errors {
        line
        column
        code
        message
        existingId
      }
    }
  }
`);
