import { graphql } from '../../gql';

export const AssistanceRequestFields = graphql(`
  fragment AssistanceRequestFields on AssistanceRequest {
    ...AssistanceRequestSummaryFields
    createdBy
    updatedAt
    version
    wishedForDate
    assigneeId
    dueAt
    overdue
    allowedTransitions
    outcome {
      result
      note
      link
      resolvedAt
      personalDataHidden
    }
    rating {
      score
      comment
      ratedAt
      personalDataHidden
    }
    timeline {
      id
      kind
      at
      authorId
      text
      personalDataHidden
      fromStatus
      toStatus
      assigneeId
      referralId
      attachmentId
    }
    referrals {
      id
      stateBody
      referredOn
      note
      answer
      answeredOn
      createdAt
      personalDataHidden
    }
    attachments {
      id
      fileName
      mimeType
      sizeBytes
      createdAt
      createdBy
      personalDataHidden
    }
  }
`);

export const AssistanceRequestPageQuery = graphql(`
  query AssistanceRequestPage($id: ID!) {
    assistanceRequest(id: $id) {
      ...AssistanceRequestFields
      ...AssistanceRequestAskerFields
    }
  }
`);

export const AttachmentContentQuery = graphql(`
  query AttachmentContent($id: ID!) {
    assistanceRequest(id: $id) {
      id
      attachments {
        id
        fileName
        mimeType
        contentBase64
        personalDataHidden
      }
    }
  }
`);

export const ChangeAssistanceRequestStatusMutation = graphql(`
  mutation ChangeAssistanceRequestStatus($input: ChangeAssistanceRequestStatusInput!) {
    changeAssistanceRequestStatus(input: $input) {
      ...AssistanceRequestFields
    }
  }
`);

export const AssignAssistanceRequestMutation = graphql(`
  mutation AssignAssistanceRequest($input: AssignAssistanceRequestInput!) {
    assignAssistanceRequest(input: $input) {
      ...AssistanceRequestFields
    }
  }
`);

export const CommentOnAssistanceRequestMutation = graphql(`
  mutation CommentOnAssistanceRequest($input: CommentOnAssistanceRequestInput!) {
    commentOnAssistanceRequest(input: $input) {
      ...AssistanceRequestFields
    }
  }
`);

export const RecordStateBodyAnswerMutation = graphql(`
  mutation RecordStateBodyAnswer($input: RecordStateBodyAnswerInput!) {
    recordStateBodyAnswer(input: $input) {
      ...AssistanceRequestFields
    }
  }
`);

export const RateAssistanceRequestMutation = graphql(`
  mutation RateAssistanceRequest($input: RateAssistanceRequestInput!) {
    rateAssistanceRequest(input: $input) {
      ...AssistanceRequestFields
    }
  }
`);

export const AddAssistanceRequestAttachmentMutation = graphql(`
  mutation AddAssistanceRequestAttachment($input: AddAssistanceRequestAttachmentInput!) {
    addAssistanceRequestAttachment(input: $input) {
      ...AssistanceRequestFields
    }
  }
`);
