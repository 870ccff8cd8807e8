import { graphql } from '../../gql';

/** The bell's count, in a module of its own: the bell is in the first download, the inbox is not. */
export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);
