import { graphql } from '../../gql';

/** One region with the coverage of each of its districts by the front office's contact log. */
export const RegionPageQuery = graphql(`
  query RegionPage($code: ID!) {
    region(code: $code) {
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
        staleDistrictCount
        neverContactedDistrictCount
        windowMonths
        districts {
          status
          covered
          lastContactAt
          contactCount
          organizationCount
          district {
            code
            kind
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
