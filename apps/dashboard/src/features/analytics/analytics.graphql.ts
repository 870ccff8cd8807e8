import { graphql } from '../../gql';

/**
 * Every region's figures for the map, the chart and the table: organizations and open requests
 * from the national overview, district coverage and the requests at a glance per region.
 */
export const RegionFiguresQuery = graphql(`
  query RegionFigures {
    nationalOverview {
      organizationCount
      openRequestCount
      regions {
        organizationCount
        openRequestCount
        region {
          code
        }
      }
    }
    regions {
      code
      kind
      name {
        kk
        ru
        en
      }
      coverage {
        districtCount
        coveredDistrictCount
      }
      assistanceSummary {
        openCount
        overdueCount
        resolvedCount
        totalCount
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
