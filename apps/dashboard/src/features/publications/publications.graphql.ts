import { graphql } from '../../gql';

export const PUBLICATIONS_PAGE_SIZE = 20;

export const PublicationsQuery = graphql(`
  query Publications($filter: PublicationFilter, $first: Int, $after: String) {
    publications(filter: $filter, first: $first, after: $after) {
      totalCount
      totalReach
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          outlet
          title
          publishedOn
          link
          reach
          directions
          regionCode
          source
          requestId
          version
          organization {
            id
            name
          }
        }
      }
    }
  }
`);

export const CreatePublicationMutation = graphql(`
  mutation CreatePublication($input: CreatePublicationInput!) {
    createPublication(input: $input) {
      id
    }
  }
`);

export const UpdatePublicationMutation = graphql(`
  mutation UpdatePublication($input: UpdatePublicationInput!) {
    updatePublication(input: $input) {
      id
      outlet
      reach
      directions
      version
    }
  }
`);
