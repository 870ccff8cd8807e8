import { graphql } from '../gql';

/** The cursor of a connection's next page, selected by every paged list (`...PageInfoFields`). */
export const PageInfoFieldsFragment = graphql(`
  fragment PageInfoFields on PageInfo {
    hasNextPage
    endCursor
  }
`);
