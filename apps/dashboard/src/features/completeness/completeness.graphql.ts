import { graphql } from '../../gql';

export const ReportingCountsFieldsFragment = graphql(`
  fragment ReportingCountsFields on ReportingCounts {
    expected
    submitted
    onTime
    returned
    accepted
    overdue
    drafts
    notStarted
  }
`);

export const ReportingCompletenessQuery = graphql(`
  query ReportingCompleteness($formId: ID!, $periods: [String!], $regionCode: ID) {
    reportingCompleteness(formId: $formId, periods: $periods, regionCode: $regionCode) {
      form {
        id
        title {
          ...ReportLabelFields
        }
        periodType
      }
      periods {
        period
        periodStart
        periodEnd
        dueOn
        counts {
          ...ReportingCountsFields
        }
      }
      regions {
        regionCode
        region {
          ...RegionNameFields
        }
        counts {
          ...ReportingCountsFields
        }
      }
      cells {
        regionCode
        period
        dueOn
        state
        reportId
        firstSubmittedAt
        submittedOnTime
        overdue
      }
      overdue {
        regionCode
        region {
          ...RegionNameFields
        }
        period
        dueOn
        reportId
      }
      totals {
        ...ReportingCountsFields
      }
    }
  }
`);
