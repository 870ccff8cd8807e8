import { graphql } from '../../gql';

export const BOOKINGS_PAGE_SIZE = 50;

export const BookableResourcesQuery = graphql(`
  query BookableResources($regionCode: ID!) {
    bookableResources(regionCode: $regionCode) {
      id
      kind
      name
      description
      capacity
      active
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
      id
      kind
      name
      description
      capacity
      active
    }
  }
`);
