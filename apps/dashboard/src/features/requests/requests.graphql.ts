import { graphql } from '../../gql';

export const BOARD_PAGE_SIZE = 50;

export const AssistanceBoardQuery = graphql(`
  query AssistanceBoard($filter: AssistanceRequestFilter, $first: Int, $after: String) {
    assistanceRequests(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...AssistanceRequestSummaryFields
          dueAt
          overdue
          assigneeId
          ...AssistanceRequestAskerFields
        }
      }
    }
  }
`);
