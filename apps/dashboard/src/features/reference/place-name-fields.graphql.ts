import { graphql } from '../../gql';

/** A region named in the three languages (`...RegionNameFields`), as lists and pages show where a record is. */
export const RegionNameFieldsFragment = graphql(`
  fragment RegionNameFields on Region {
    code
    name {
      kk
      ru
      en
    }
  }
`);

/** A district named in the three languages (`...DistrictNameFields`). */
export const DistrictNameFieldsFragment = graphql(`
  fragment DistrictNameFields on District {
    code
    name {
      kk
      ru
      en
    }
  }
`);
