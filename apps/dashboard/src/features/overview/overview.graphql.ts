import { graphql } from '../../gql';

export const NationalOverviewQuery = graphql(`
  query NationalOverview {
    nationalOverview {
      organizationCount
      openRequestCount
      regions {
        organizationCount
        openRequestCount
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
`);
