import { graphql } from '../../gql';

/** What every list of assistance requests shows of one (`...AssistanceRequestSummaryFields`). */
export const AssistanceRequestSummaryFieldsFragment = graphql(`
  fragment AssistanceRequestSummaryFields on AssistanceRequest {
    id
    type
    subtype
    status
    description
    personalDataHidden
    createdAt
  }
`);
