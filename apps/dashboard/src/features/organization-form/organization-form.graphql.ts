import { graphql } from '../../gql';

export const CreateOrganizationMutation = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
      name
      kind
      directions
      createdAt
      version
      region {
        code
      }
      district {
        code
      }
    }
  }
`);
