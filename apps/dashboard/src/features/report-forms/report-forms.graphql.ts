import { graphql } from '../../gql';

export const REPORT_FORMS_PAGE_SIZE = 20;

export const ReportLabelFieldsFragment = graphql(`
  fragment ReportLabelFields on ReportLabel {
    kk
    ru
    en
  }
`);

/** A field of a form as the designer and the report page read it. */
export const ReportFormFieldFieldsFragment = graphql(`
  fragment ReportFormFieldFields on ReportFormField {
    key
    sectionKey
    type
    label {
      ...ReportLabelFields
    }
    help {
      ...ReportLabelFields
    }
    required
    min
    max
    integer
    choices {
      key
      label {
        ...ReportLabelFields
      }
    }
    prefillSource {
      key
      label {
        ...ReportLabelFields
      }
      description {
        ...ReportLabelFields
      }
    }
    commentRule
  }
`);

/** A report form as the list shows it: its title, periods, regions, due days and version. */
export const ReportFormSummaryFieldsFragment = graphql(`
  fragment ReportFormSummaryFields on ReportForm {
    id
    title {
      ...ReportLabelFields
    }
    periodType
    firstPeriod
    regionCodes
    dueDays
    onTimeWindowDays
    version
    updatedAt
  }
`);

export const ReportFormFieldsFragment = graphql(`
  fragment ReportFormFields on ReportForm {
    ...ReportFormSummaryFields
    description {
      ...ReportLabelFields
    }
    revision
    createdAt
    sections {
      key
      title {
        ...ReportLabelFields
      }
    }
    fields {
      ...ReportFormFieldFields
    }
    versions {
      version
      createdAt
      createdBy
    }
  }
`);

export const ReportFormsQuery = graphql(`
  query ReportForms($filter: ReportFormFilter, $first: Int, $after: String) {
    reportForms(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...ReportFormSummaryFields
        }
      }
    }
  }
`);

export const ReportFormQuery = graphql(`
  query ReportForm($id: ID!) {
    reportForm(id: $id) {
      ...ReportFormFields
    }
  }
`);

export const ReportPrefillSourcesQuery = graphql(`
  query ReportPrefillSources {
    reportPrefillSources {
      key
      label {
        ...ReportLabelFields
      }
      description {
        ...ReportLabelFields
      }
    }
  }
`);

export const CreateReportFormMutation = graphql(`
  mutation CreateReportForm($input: CreateReportFormInput!) {
    createReportForm(input: $input) {
      ...ReportFormFields
    }
  }
`);

export const UpdateReportFormMutation = graphql(`
  mutation UpdateReportForm($input: UpdateReportFormInput!) {
    updateReportForm(input: $input) {
      ...ReportFormFields
    }
  }
`);
