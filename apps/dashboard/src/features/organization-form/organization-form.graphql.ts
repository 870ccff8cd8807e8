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

/** What the edit form reads and writes back: the profile's fields and each contact person's e-mail consent. */
export const EditableOrganizationFieldsFragment = graphql(`
  fragment EditableOrganizationFields on Organization {
    ...OrganizationProfileFields
    contactPeople {
      emailConsent
    }
  }
`);

export const UpdateOrganizationMutation = graphql(`
  mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      ...EditableOrganizationFields
      updatedAt
      updatedBy
    }
  }
`);

/** What the edit form starts from: the record as it is now, with its version. */
export const EditOrganizationQuery = graphql(`
  query EditOrganization($id: ID!) {
    organization(id: $id) {
      ...EditableOrganizationFields
    }
  }
`);
