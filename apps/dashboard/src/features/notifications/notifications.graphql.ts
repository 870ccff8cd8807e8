import { graphql } from '../../gql';

export { UnreadNotificationCountQuery } from './unread-count.graphql';

export const NotificationFieldsFragment = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    createdAt
    read
    archived
    personal
    assigneeId
    previousAssigneeId
    fromStatus
    toStatus
    daysLeft
    score
    period
    title
    subjectId
    region {
      code
      name {
        kk
        ru
        en
      }
    }
    organization {
      id
      name
    }
    assistanceRequest {
      id
      type
      subtype
      status
    }
  }
`);

export const NotificationsQuery = graphql(`
  query Notifications($first: Int, $after: String, $filter: NotificationFilter) {
    notifications(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...NotificationFields
        }
      }
    }
  }
`);

export const MarkNotificationReadMutation = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      read
    }
  }
`);

export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead($kind: NotificationKind) {
    markAllNotificationsRead(kind: $kind)
  }
`);

export const ArchiveNotificationMutation = graphql(`
  mutation ArchiveNotification($id: ID!) {
    archiveNotification(id: $id) {
      id
      read
      archived
    }
  }
`);
