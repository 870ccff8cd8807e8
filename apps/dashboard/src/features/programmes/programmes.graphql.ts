import { graphql } from '../../gql';

export const PROGRAMMES_PAGE_SIZE = 20;

export const GrantProgrammesQuery = graphql(`
  query GrantProgrammes($filter: GrantProgrammeFilter, $first: Int, $after: String) {
    grantProgrammes(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          title {
            kk
            ru
            en
          }
          funderName
          directions
          actorKinds
          regionCodes
          ownerRegionCode
          amountMin
          amountMax
          opensOn
          closesOn
          link
          announcedAt
          documents {
            id
            fileName
          }
        }
      }
    }
  }
`);

export const AnnounceGrantProgrammeMutation = graphql(`
  mutation AnnounceGrantProgramme($input: AnnounceGrantProgrammeInput!) {
    announceGrantProgramme(input: $input) {
      id
      announcedAt
    }
  }
`);

export const CreateGrantProgrammeMutation = graphql(`
  mutation CreateGrantProgramme($input: CreateGrantProgrammeInput!) {
    createGrantProgramme(input: $input) {
      id
    }
  }
`);
