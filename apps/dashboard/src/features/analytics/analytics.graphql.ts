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
 * grouped by region: every region a row), the country's total, and the 20 regions themselves.
 * The measures are those the dimension filters can cut (see measuresCutBy).
 */
export const RegionInsightsQuery = graphql(`
  query RegionInsights($filter: InsightFilter, $measures: [InsightMeasure!]!) {
    regions {
      ...FigureRegionFields
    }
    insights(filter: $filter, groupBy: [REGION], measures: $measures) {
      measures
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

/**
 * Some measures broken down by one dimension (directions, request statuses, ...) with their total,
 * for the breakdown's chart and table; the keys' labels come from the translation files.
 */
export const InsightBreakdownQuery = graphql(`
  query InsightBreakdown($filter: InsightFilter, $measures: [InsightMeasure!]!, $groupBy: [InsightDimension!]) {
    insights(filter: $filter, measures: $measures, groupBy: $groupBy) {
      measures
      groupBy
      period {
        from
        to
      }
      rows {
        ...InsightRowFields
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
            ...DistrictNameFields
          }
        }
      }
    }
  }
`);

/** A region's figures district by district over a period (drill-down), with its last report's narrative. */
export const RegionDrillDownQuery = graphql(`
  query RegionDrillDown($region: ID!, $filter: InsightFilter, $measures: [InsightMeasure!]!) {
    insightDrillDown(region: $region, filter: $filter, measures: $measures) {
      measures
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
