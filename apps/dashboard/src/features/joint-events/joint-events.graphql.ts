import { graphql } from '../../gql';

export const JOINT_EVENTS_PAGE_SIZE = 10;

export const JointEventFieldsFragment = graphql(`
  fragment JointEventFields on JointEvent {
    id
    kind
    title
    heldOn
    regionCode
    place
    directions
    agreed
    invitedCount
    attendedCount
    version
    invited {
      kind
      id
      attended
      organization {
        id
        name
      }
      stateBody {
        id
        name {
          kk
          ru
          en
        }
      }
      sponsor {
        id
        name
      }
    }
    followUps {
      id
      kind
      targetId
      note
    }
  }
`);

export const JointEventsQuery = graphql(`
  query JointEvents($filter: JointEventFilter, $first: Int, $after: String) {
    jointEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...JointEventFields
        }
      }
    }
  }
`);

export const CreateJointEventMutation = graphql(`
  mutation CreateJointEvent($input: CreateJointEventInput!) {
    createJointEvent(input: $input) {
      ...JointEventFields
    }
  }
`);

export const UpdateJointEventMutation = graphql(`
  mutation UpdateJointEvent($input: UpdateJointEventInput!) {
    updateJointEvent(input: $input) {
      ...JointEventFields
    }
  }
`);

export const InviteOptionsQuery = graphql(`
  query JointEventInviteOptions($regionCode: ID) {
    stateBodies(filter: { regionCode: $regionCode }, first: 100) {
      edges {
        node {
          id
          name {
            kk
            ru
            en
          }
        }
      }
    }
    sponsors(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    organizations(filter: { regionCode: $regionCode }, first: 100, orderBy: NAME) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const FollowUpOptionsQuery = graphql(`
  query JointEventFollowUpOptions($regionCode: ID!) {
    assistanceRequests(filter: { regionCode: $regionCode }, first: 50) {
      edges {
        node {
          ...AssistanceRequestChoiceFields
        }
      }
    }
    needs(filter: { regionCode: $regionCode }, first: 50) {
      edges {
        node {
          id
          theme
          firstNoticedOn
        }
      }
    }
  }
`);

export const AddJointEventFollowUpMutation = graphql(`
  mutation AddJointEventFollowUp($input: AddJointEventFollowUpInput!) {
    addJointEventFollowUp(input: $input) {
      ...JointEventFields
    }
  }
`);
