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

/** Who asked for the help and in which region (`...AssistanceRequestAskerFields`): the board and the request's page show both. */
export const AssistanceRequestAskerFieldsFragment = graphql(`
  fragment AssistanceRequestAskerFields on AssistanceRequest {
    organization {
      id
      name
    }
    region {
      ...RegionNameFields
    }
  }
`);

/** A request to choose from (`...AssistanceRequestChoiceFields`): as a need's evidence or a joint event's follow-up. */
export const AssistanceRequestChoiceFieldsFragment = graphql(`
  fragment AssistanceRequestChoiceFields on AssistanceRequest {
    id
    subtype
    createdAt
    organization {
      id
      name
    }
  }
`);
