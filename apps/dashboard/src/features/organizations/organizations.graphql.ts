import { graphql } from '../../gql';

export const ORGANIZATIONS_PAGE_SIZE = 20;

export const OrganizationsQuery = graphql(`
  query Organizations($filter: OrganizationFilter, $first: Int, $after: String) {
    organizations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          kind
          directions
          createdAt
          region {
            code
            name {
              kk
              ru
              en
            }
          }
          district {
            code
            name {
              kk
              ru
              en
            }
          }
        }
      }
    }
  }
`);
