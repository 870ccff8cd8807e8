import { graphql } from '../../gql';

export const BOOKINGS_PAGE_SIZE = 50;

/** A room or piece of equipment of a front office, as the list and the add form show it (`...BookableResourceFields`). */
export const BookableResourceFieldsFragment = graphql(`
  fragment BookableResourceFields on BookableResource {
    id
    kind
    name
    description
    capacity
    active
  }
`);

export const BookableResourcesQuery = graphql(`
  query BookableResources($regionCode: ID!) {
    bookableResources(regionCode: $regionCode) {
      ...BookableResourceFields
    }
  }
`);

export const BookingsQuery = graphql(`
  query Bookings($filter: BookingFilter, $first: Int, $after: String) {
    bookings(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...BookingSummaryFields
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

export const BookResourceMutation = graphql(`
  mutation BookResource($input: BookResourceInput!) {
    bookResource(input: $input) {
      id
      startsAt
      endsAt
      status
    }
  }
`);

export const CancelBookingMutation = graphql(`
  mutation CancelBooking($id: ID!, $version: Int!) {
    cancelBooking(id: $id, version: $version) {
      id
      status
      cancelledAt
      version
    }
  }
`);

export const AddBookableResourceMutation = graphql(`
  mutation AddBookableResource($input: AddBookableResourceInput!) {
    addBookableResource(input: $input) {
      ...BookableResourceFields
    }
  }
`);
