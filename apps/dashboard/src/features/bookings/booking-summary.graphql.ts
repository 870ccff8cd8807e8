import { graphql } from '../../gql';

/** A booking as lists show it: when, its state, what for (or why it is withheld) and the room or equipment (`...BookingSummaryFields`). */
export const BookingSummaryFieldsFragment = graphql(`
  fragment BookingSummaryFields on Booking {
    id
    startsAt
    endsAt
    status
    purpose
    personalDataHidden
    resource {
      id
      name
      kind
    }
  }
`);
