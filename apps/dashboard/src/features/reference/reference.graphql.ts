import { graphql } from '../../gql';

/** Regions with their districts, for filters and the organization form's selects. */
export const RegionOptionsQuery = graphql(`
  query RegionOptions {
    regions {
      code
      kind
      name {
        kk
        ru
        en
      }
      districts {
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
`);
