import { graphql } from '../../gql';

export const EMAIL_DELIVERIES_PAGE_SIZE = 50;

export const EmailDeliveriesQuery = graphql(`
  query EmailDeliveries($filter: EmailDeliveryFilter, $first: Int, $after: String) {
    emailDeliveries(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          id
          kind
          status
          email
          language
          attempts
          lastAttemptAt
          nextAttemptAt
          sentAt
          failureReason
          responseCode
          createdAt
        }
      }
    }
  }
`);
