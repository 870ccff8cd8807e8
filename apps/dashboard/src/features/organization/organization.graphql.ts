import { graphql } from '../../gql';

export const REQUESTS_PAGE_SIZE = 20;

export const OrganizationPageQuery = graphql(`
  query OrganizationPage($id: ID!, $requestsFirst: Int, $requestsAfter: String) {
    organization(id: $id) {
      id
      name
      kind
      directions
      createdAt
      version
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
        kind
        name {
          kk
          ru
          en
        }
      }
      assistanceRequests(first: $requestsFirst, after: $requestsAfter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            type
            subtype
            status
            description
            createdAt
            outcome {
              result
              link
              resolvedAt
            }
            rating {
              score
              comment
            }
          }
        }
      }
      bookings(first: 20) {
        totalCount
        edges {
          node {
            id
            startsAt
            endsAt
            status
            purpose
            resource {
              id
              name
              kind
            }
          }
        }
      }
      trainings(first: 20) {
        totalCount
        edges {
          node {
            id
            status
            participants
            waitlistPosition
            attendance
            training {
              id
              topic
              startsAt
              venue
            }
          }
        }
      }
    }
  }
`);

export const SubmitAssistanceRequestMutation = graphql(`
  mutation SubmitAssistanceRequest($input: SubmitAssistanceRequestInput!) {
    submitAssistanceRequest(input: $input) {
      id
      type
      subtype
      status
      description
      createdAt
    }
  }
`);
