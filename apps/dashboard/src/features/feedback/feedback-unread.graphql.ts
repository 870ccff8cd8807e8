import { graphql } from '../../gql';

/** The menu's count, in a module of its own: the menu is in the first download, the feedback pages are not. */
export const UnreadFeedbackCountQuery = graphql(`
  query UnreadFeedbackCount {
    unreadFeedbackCount
  }
`);
