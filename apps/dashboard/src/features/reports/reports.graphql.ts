import { graphql } from '../../gql';

export const REPORTS_PAGE_SIZE = 20;

export const ReportFieldsFragment = graphql(`
  fragment ReportFields on Report {
    id
    formId
    formVersion
    regionCode
    region {
      ...RegionNameFields
    }
    periodType
    period
    periodStart
    periodEnd
    dueOn
    status
    locked
    overdue
    submittedOnTime
    submissionCount
    firstSubmittedAt
    lastSubmittedAt
    acceptedAt
    updatedAt
    version
    form {
      id
      title {
        ...ReportLabelFields
      }
    }
    sections {
      key
      title {
        ...ReportLabelFields
      }
    }
    fields {
      ...ReportFormFieldFields
    }
    answers {
      fieldKey
      type
      number
      text
      choices
      needIds
      comment
      personalDataHidden
      overridden
      prefill {
        figure
        computedAt
        source {
          key
          label {
            ...ReportLabelFields
          }
          description {
            ...ReportLabelFields
          }
        }
      }
    }
    history {
      id
      action
      fromStatus
      toStatus
      comment
      personalDataHidden
      actorId
      at
    }
    comments {
      id
      text
      personalDataHidden
      fieldKey
      side
      authorId
      createdAt
    }
  }
`);

export const ReportsQuery = graphql(`
  query Reports($filter: ReportFilter, $first: Int, $after: String) {
    reports(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          formId
          regionCode
          region {
            ...RegionNameFields
          }
          period
          dueOn
          status
          overdue
          updatedAt
          form {
            id
            title {
              ...ReportLabelFields
            }
          }
        }
      }
    }
  }
`);

export const ReportPageQuery = graphql(`
  query ReportPage($id: ID!) {
    report(id: $id) {
      ...ReportFields
    }
  }
`);

/** The region's register entries a NEEDS field links to. */
export const ReportNeedOptionsQuery = graphql(`
  query ReportNeedOptions($regionCode: ID!) {
    needs(filter: { regionCode: $regionCode }, first: 50) {
      edges {
        node {
          id
          theme
          status
          firstNoticedOn
        }
      }
    }
  }
`);

export const OpenReportMutation = graphql(`
  mutation OpenReport($input: OpenReportInput!) {
    openReport(input: $input) {
      ...ReportFields
    }
  }
`);

export const SaveReportDraftMutation = graphql(`
  mutation SaveReportDraft($input: SaveReportDraftInput!) {
    saveReportDraft(input: $input) {
      ...ReportFields
    }
  }
`);

export const SubmitReportMutation = graphql(`
  mutation SubmitReport($input: SubmitReportInput!) {
    submitReport(input: $input) {
      ...ReportFields
    }
  }
`);

export const ReturnReportMutation = graphql(`
  mutation ReturnReport($input: ReturnReportInput!) {
    returnReport(input: $input) {
      ...ReportFields
    }
  }
`);

export const AcceptReportMutation = graphql(`
  mutation AcceptReport($input: AcceptReportInput!) {
    acceptReport(input: $input) {
      ...ReportFields
    }
  }
`);

export const ReopenReportMutation = graphql(`
  mutation ReopenReport($input: ReopenReportInput!) {
    reopenReport(input: $input) {
      ...ReportFields
    }
  }
`);

export const PostReportCommentMutation = graphql(`
  mutation PostReportComment($input: PostReportCommentInput!) {
    postReportComment(input: $input) {
      ...ReportFields
    }
  }
`);
