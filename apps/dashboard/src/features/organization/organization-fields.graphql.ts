import { graphql } from '../../gql';

/** An organization's own record as the profile shows it and the edit form starts from (`...OrganizationProfileFields`). */
export const OrganizationProfileFieldsFragment = graphql(`
  fragment OrganizationProfileFields on Organization {
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
      ...ContactPersonFields
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
`);

/** One contact person as the profile shows it; the edit form adds `emailConsent`. */
export const ContactPersonFieldsFragment = graphql(`
  fragment ContactPersonFields on ContactPerson {
    name
    role
    phones
    emails
    socialLinks
    personalDataHidden
  }
`);
