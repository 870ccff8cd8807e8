import { graphql } from '../../gql';

export const STAFF_PAGE_SIZE = 50;

export const StaffAccountsQuery = graphql(`
  query StaffAccounts($filter: StaffAccountFilter, $first: Int, $after: String) {
    staffAccounts(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          email
          name
          role
          active
          createdAt
          lastLoginAt
          region {
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

export const CreateStaffAccountMutation = graphql(`
  mutation CreateStaffAccount($input: CreateStaffAccountInput!) {
    createStaffAccount(input: $input) {
      id
      email
      name
      role
      active
    }
  }
`);

export const DeactivateStaffAccountMutation = graphql(`
  mutation DeactivateStaffAccount($id: ID!) {
    deactivateStaffAccount(id: $id) {
      id
      active
    }
  }
`);
