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

export const UpdateOrganizationMutation = graphql(`
  mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      id
      name
      nameKk
      nameRu
      nameLatin
      kind
      legalForm
      bin
      qazvolunteerId
      directions
      categories
      modes
      description
      contactPeople {
        name
        role
        phones
        emails
        socialLinks
        emailConsent
        personalDataHidden
      }
      volunteerCount
      foundedOn
      status
      updatedAt
      updatedBy
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

/** What the edit form starts from: the record as it is now, with its version. */
export const EditOrganizationQuery = graphql(`
  query EditOrganization($id: ID!) {
    organization(id: $id) {
      id
      name
      nameKk
      nameRu
      nameLatin
      kind
      legalForm
      bin
      qazvolunteerId
      directions
      categories
      modes
      description
      contactPeople {
        name
        role
        phones
        emails
        socialLinks
        emailConsent
        personalDataHidden
      }
      volunteerCount
      foundedOn
      status
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
