import { graphql } from '../../gql';

/** How many entries of each list the letter writer select offers at once; a search narrows them. */
export const LETTER_WRITER_OPTIONS = 50;

/** The directory entries that may have written a letter: sponsors and partners (of a kind, when given), and the region's state bodies. */
export const LetterWriterOptionsQuery = graphql(`
  query LetterWriterOptions($search: String, $sponsorKind: SponsorKind, $regionCode: ID, $withStateBodies: Boolean!, $first: Int) {
    sponsors(filter: { search: $search, kind: $sponsorKind }, first: $first) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
    stateBodies(filter: { search: $search, regionCode: $regionCode }, first: $first) @include(if: $withStateBodies) {
      totalCount
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
