import { graphql } from '../../gql';

export { UnreadFeedbackCountQuery } from './feedback-unread.graphql';

export const FEEDBACK_PAGE_SIZE = 20;
export const FEEDBACK_MESSAGES_PAGE_SIZE = 50;

export const FeedbackThreadsQuery = graphql(`
  query FeedbackThreads($filter: FeedbackThreadFilter, $first: Int, $after: String) {
    feedbackThreads(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          topic
          subject
          personalDataHidden
          status
          messageCount
          unreadCount
          lastMessageAt
          region {
            code
            name {
              kk
              ru
              en
            }
          }
        }
      }
    }
  }
`);

export const FeedbackMessageFields = graphql(`
  fragment FeedbackMessageFields on FeedbackMessage {
    id
    text
    personalDataHidden
    authorId
    createdAt
    attachments {
      id
      fileName
      mimeType
      sizeBytes
    }
  }
`);

export const FeedbackThreadQuery = graphql(`
  query FeedbackThread($id: ID!, $first: Int, $after: String) {
    feedbackThread(id: $id) {
      id
      topic
      subject
      personalDataHidden
      status
      createdAt
      createdBy
      messageCount
      unreadCount
      statusChangedAt
      statusChangedBy
      region {
        code
        name {
          kk
          ru
          en
        }
      }
      links {
        kind
        targetId
        need {
          id
          theme
        }
      }
      messages(first: $first, after: $after) {
        totalCount
        pageInfo {
          ...PageInfoFields
        }
        edges {
          cursor
          node {
            ...FeedbackMessageFields
          }
        }
      }
    }
  }
`);

export const FeedbackAttachmentContentQuery = graphql(`
  query FeedbackAttachmentContent($id: ID!, $first: Int) {
    feedbackThread(id: $id) {
      id
      messages(first: $first) {
        edges {
          node {
            id
            attachments {
              id
              contentBase64
            }
          }
        }
      }
    }
  }
`);

export const FeedbackThreadSummary = graphql(`
  fragment FeedbackThreadSummary on FeedbackThread {
    id
    status
    messageCount
    unreadCount
    lastMessageAt
    statusChangedAt
    statusChangedBy
  }
`);

export const StartFeedbackThreadMutation = graphql(`
  mutation StartFeedbackThread($input: StartFeedbackThreadInput!) {
    startFeedbackThread(input: $input) {
      ...FeedbackThreadSummary
    }
  }
`);

export const PostFeedbackMutation = graphql(`
  mutation PostFeedback($input: PostFeedbackInput!) {
    postFeedback(input: $input) {
      ...FeedbackThreadSummary
    }
  }
`);

export const CloseFeedbackThreadMutation = graphql(`
  mutation CloseFeedbackThread($id: ID!) {
    closeFeedbackThread(id: $id) {
      ...FeedbackThreadSummary
    }
  }
`);

export const ReopenFeedbackThreadMutation = graphql(`
  mutation ReopenFeedbackThread($id: ID!) {
    reopenFeedbackThread(id: $id) {
      ...FeedbackThreadSummary
    }
  }
`);

export const MarkFeedbackThreadReadMutation = graphql(`
  mutation MarkFeedbackThreadRead($id: ID!) {
    markFeedbackThreadRead(id: $id) {
      ...FeedbackThreadSummary
    }
  }
`);
