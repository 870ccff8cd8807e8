import { graphql } from '../../gql';

/** A region as the figures pages list it: name, kind and how many districts it has. */
export const FigureRegionFieldsFragment = graphql(`
  fragment FigureRegionFields on Region {
    code
    kind
    name {
      kk
      ru
      en
    }
    districts {
      code
    }
  }
`);

/** A row of the analytics API's table: its group and its values. */
export const InsightRowFieldsFragment = graphql(`
  fragment InsightRowFields on InsightRow {
    keys {
      dimension
      code
    }
    values {
      measure
      value
    }
  }
`);

/**
 * Every region's figures over a period for the map, the chart and the table (the analytics API
 * grouped by region), the country's total, and the 20 regions themselves so that a region with
 * no facts still shows, with zeros.
 */
export const RegionInsightsQuery = graphql(`
  query RegionInsights($filter: InsightFilter) {
    regions {
      ...FigureRegionFields
    }
    insights(
      filter: $filter
      groupBy: [REGION]
      measures: [ORGANIZATIONS, NEW_ORGANIZATIONS, REQUESTS, OPEN_REQUESTS, OVERDUE_REQUESTS, RESOLVED_REQUESTS, CONTACTS, COVERED_DISTRICTS]
    ) {
      period {
        from
        to
      }
      rows {
        ...InsightRowFields
        regionContext {
          lastReportNarrative
          lastReportPeriod
        }
      }
      total {
        values {
          measure
          value
        }
      }
    }
  }
`);

/** A monthly series of some measures, as one line or one line per region. */
export const InsightSeriesQuery = graphql(`
  query InsightSeries($filter: InsightFilter, $measures: [InsightMeasure!]!, $splitBy: InsightDimension) {
    insightSeries(filter: $filter, measures: $measures, splitBy: $splitBy) {
      measures
      months
      lines {
        key {
          dimension
          code
        }
        points {
          month
          values {
            measure
            value
          }
        }
      }
    }
  }
`);
/** The largest page of the register; the open needs of the country are read page by page. */
export const OPEN_NEEDS_PAGE_SIZE = 100;

/** The needs register's entries with where they are and how far they got, for the open needs beside each region's figures. */
export const RegisterNeedsQuery = graphql(`
  query RegisterNeeds($filter: NeedFilter, $first: Int, $after: String) {
    needs(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          theme
          kind
          status
          firstNoticedOn
          region {
            code
          }
          district {
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

/** A region's figures district by district over a period (drill-down), with its last report's narrative. */
export const RegionDrillDownQuery = graphql(`
  query RegionDrillDown($region: ID!, $filter: InsightFilter) {
    insightDrillDown(region: $region, filter: $filter, measures: [ORGANIZATIONS, REQUESTS, OPEN_REQUESTS, OVERDUE_REQUESTS, RESOLVED_REQUESTS, CONTACTS]) {
      period {
        from
        to
      }
      rows {
        keys {
          dimension
          code
          label {
            kk
            ru
            en
          }
        }
        values {
          measure
          value
        }
        regionContext {
          openNeedCount
          lastReportNarrative
          lastReportPeriod
        }
      }
    }
  }
`);
