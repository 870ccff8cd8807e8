import { graphql } from '../../gql';

export const RegionsPageQuery = graphql(`
  query RegionsPage {
    regions {
      code
      kind
      isoCode
      name {
        kk
        ru
        en
      }
      districts {
        code
      }
      coverage {
        districtCount
        coveredDistrictCount
      }
    }
  }
`);
