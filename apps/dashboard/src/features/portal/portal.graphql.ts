import { graphql } from '../../gql';

export const OrganizationPortalQuery = graphql(`
  query OrganizationPortal {
    organizationPortal {
      linkId
      contactEmail
      expiresAt
      organization {
        id
        name
        description
        volunteerCount
      }
      profileProposals {
        id
        status
        proposedAt
      }
      requests {
        id
        type
        subtype
        status
        description
        createdAt
        version
        rating
        canRate
        timeline {
          kind
          at
          toStatus
        }
      }
    }
  }
`);

export const PortalSubmitRequestMutation = graphql(`
  mutation PortalSubmitRequest($input: PortalSubmitRequestInput!) {
    organizationPortalSubmitRequest(input: $input) {
      id
    }
  }
`);

export const PortalRateRequestMutation = graphql(`
  mutation PortalRateRequest($input: RateAssistanceRequestInput!) {
    organizationPortalRateRequest(input: $input) {
      id
    }
  }
`);

export const PortalProposeProfileMutation = graphql(`
  mutation PortalProposeProfile($input: ProposeProfileChangeInput!) {
    organizationPortalProposeProfileChange(input: $input) {
      id
    }
  }
`);

export const PortalUnsubscribeMutation = graphql(`
  mutation PortalUnsubscribe {
    organizationPortalUnsubscribe {
      email
      revokedLinks
    }
  }
`);
