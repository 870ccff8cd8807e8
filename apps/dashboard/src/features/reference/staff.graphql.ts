import { graphql } from '../../gql';

/** Staff accounts as names for ids (assignees, timeline authors); republican administrators only. */
export const StaffDirectoryQuery = graphql(`
  query StaffDirectory($filter: StaffAccountFilter) {
    staffAccounts(filter: $filter, first: 100) {
      edges {
        node {
          id
          name
          email
          role
          active
          region {
            code
          }
        }
      }
    }
  }
`);
