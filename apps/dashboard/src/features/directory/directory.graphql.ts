import { graphql } from '../../gql';

export const DIRECTORY_PAGE_SIZE = 30;

export const StateBodiesQuery = graphql(`
  query StateBodies($filter: StateBodyFilter, $first: Int, $after: String) {
    stateBodies(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          kind
          name {
            kk
            ru
            en
          }
          phone
          email
          website
          district {
            code
            name {
              kk
              ru
              en
            }
          }
          parent {
            id
          }
          referralSummary {
            made
            answered
            waiting
            medianResponseDays
          }
          verificationLetterSummary {
            written
            passed
          }
        }
      }
    }
  }
`);

export const SponsorsQuery = graphql(`
  query Sponsors($filter: SponsorFilter, $first: Int, $after: String) {
    sponsors(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          kind
          name
          directions
          writesRecommendationLetters
          website
          region {
            code
          }
          verificationLetterSummary {
            written
            passed
          }
        }
      }
    }
  }
`);

export const StateBodyOptionsQuery = graphql(`
  query StateBodyOptions($regionCode: ID) {
    stateBodies(filter: { regionCode: $regionCode }, first: 100) {
      edges {
        node {
          id
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
