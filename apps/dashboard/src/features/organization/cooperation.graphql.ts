import { graphql } from '../../gql';

/** Organizations of the same region that may work with this one, explained, and the introductions made. */
export const CooperationQuery = graphql(`
  query Cooperation($id: ID!, $first: Int) {
    cooperationMatches(organizationId: $id, first: $first) {
      forOrganizationId
      otherOrganizationId
      score
      introducedOn
      explanation {
        kk
        ru
        en
      }
      organization {
        id
        name
      }
      needReasons {
        kind
        theme
        explanation {
          kk
          ru
          en
        }
      }
    }
    organization(id: $id) {
      id
      introductions {
        id
        introducedOn
        introducedBy
        note
        otherOrganization {
          id
          name
        }
      }
    }
  }
`);

export const RecordIntroductionMutation = graphql(`
  mutation RecordIntroduction($input: RecordIntroductionInput!) {
    recordIntroduction(input: $input) {
      id
      introducedOn
    }
  }
`);
