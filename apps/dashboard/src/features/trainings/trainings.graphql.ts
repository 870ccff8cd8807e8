import { graphql } from '../../gql';

export const TRAININGS_PAGE_SIZE = 50;

/** A training as the calendar lists it and its page heads it: when, where, for whom and its seats. */
export const TrainingSummaryFieldsFragment = graphql(`
  fragment TrainingSummaryFields on Training {
    id
    topic
    audience
    startsAt
    endsAt
    venue
    capacity
    status
    registeredSeats
    seatsLeft
    waitlistedCount
    region {
      ...RegionNameFields
    }
  }
`);

export const TrainingsQuery = graphql(`
  query Trainings($filter: TrainingFilter, $first: Int, $after: String) {
    trainings(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...TrainingSummaryFields
        }
      }
    }
  }
`);

export const TrainingPageQuery = graphql(`
  query TrainingPage($id: ID!) {
    training(id: $id) {
      ...TrainingSummaryFields
      description
      cancellationReason
      version
      registrations {
        id
        participants
        status
        waitlistPosition
        attendance
        attendedParticipants
        createdAt
        version
        organization {
          id
          name
        }
      }
    }
  }
`);

export const ScheduleTrainingMutation = graphql(`
  mutation ScheduleTraining($input: ScheduleTrainingInput!) {
    scheduleTraining(input: $input) {
      id
      topic
    }
  }
`);

export const RegisterForTrainingMutation = graphql(`
  mutation RegisterForTraining($input: RegisterForTrainingInput!) {
    registerForTraining(input: $input) {
      id
      status
      waitlistPosition
    }
  }
`);

export const CancelTrainingRegistrationMutation = graphql(`
  mutation CancelTrainingRegistration($id: ID!, $version: Int!) {
    cancelTrainingRegistration(id: $id, version: $version) {
      id
      status
      version
    }
  }
`);

export const MarkTrainingAttendanceMutation = graphql(`
  mutation MarkTrainingAttendance($input: MarkTrainingAttendanceInput!) {
    markTrainingAttendance(input: $input) {
      id
      attendance
      attendedParticipants
      version
    }
  }
`);

/** Organizations of a region to pick from in the registration and booking forms. */
export const OrganizationOptionsQuery = graphql(`
  query OrganizationOptions($filter: OrganizationFilter) {
    organizations(filter: $filter, first: 100, orderBy: NAME) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
