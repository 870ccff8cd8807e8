import { graphql } from '../../gql';

export const NEEDS_PAGE_SIZE = 20;

/** A register entry as the list shows it: theme, kind, status, where, the narrative and since when. */
export const NeedSummaryFieldsFragment = graphql(`
  fragment NeedSummaryFields on Need {
    id
    theme
    kind
    status
    narrative
    personalDataHidden
    firstNoticedOn
    createdAt
    region {
      ...RegionNameFields
    }
    district {
      ...DistrictNameFields
    }
  }
`);

export const NeedsQuery = graphql(`
  query Needs($filter: NeedFilter, $first: Int, $after: String) {
    needs(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...NeedSummaryFields
        }
      }
    }
  }
`);

export const NeedFields = graphql(`
  fragment NeedFields on Need {
    ...NeedSummaryFields
    allowedTransitions
    createdBy
    updatedAt
    updatedBy
    version
    evidence {
      organizationIds
      contactIds
      assistanceRequestIds
      trainingIds
    }
    statusHistory {
      id
      fromStatus
      toStatus
      comment
      personalDataHidden
      changedBy
      changedAt
    }
    comments {
      id
      text
      personalDataHidden
      authorId
      createdAt
    }
  }
`);

export const NeedPageQuery = graphql(`
  query NeedPage($id: ID!) {
    need(id: $id) {
      ...NeedFields
    }
  }
`);

/** The evidence's names, from the subgraphs that own the records; asked separately so the entry shows even when they cannot answer. */
export const NeedEvidenceNamesQuery = graphql(`
  query NeedEvidenceNames($id: ID!) {
    need(id: $id) {
      id
      evidence {
        organizations {
          id
          name
        }
        assistanceRequests {
          id
          subtype
        }
        trainings {
          id
          topic
        }
      }
    }
  }
`);

export const RecordNeedMutation = graphql(`
  mutation RecordNeed($input: RecordNeedInput!) {
    recordNeed(input: $input) {
      ...NeedFields
    }
  }
`);

export const ChangeNeedStatusMutation = graphql(`
  mutation ChangeNeedStatus($input: ChangeNeedStatusInput!) {
    changeNeedStatus(input: $input) {
      ...NeedFields
    }
  }
`);

export const CommentOnNeedMutation = graphql(`
  mutation CommentOnNeed($input: CommentOnNeedInput!) {
    commentOnNeed(input: $input) {
      ...NeedFields
    }
  }
`);

/** A region's organizations, assistance requests and trainings, to point to as evidence of a need. */
export const NeedEvidenceOptionsQuery = graphql(`
  query NeedEvidenceOptions($regionCode: ID!) {
    organizations(first: 100, filter: { regionCode: $regionCode }, orderBy: NAME) {
      edges {
        node {
          id
          name
        }
      }
    }
    assistanceRequests(first: 50, filter: { regionCode: $regionCode }) {
      edges {
        node {
          ...AssistanceRequestChoiceFields
        }
      }
    }
    trainings(first: 50, filter: { regionCode: $regionCode }) {
      edges {
        node {
          id
          topic
          startsAt
        }
      }
    }
  }
`);

export const UpdateNeedMutation = graphql(`
  mutation UpdateNeed($input: UpdateNeedInput!) {
    updateNeed(input: $input) {
      ...NeedFields
    }
  }
`);
