import { graphql } from '../../gql';

export const TRAININGS_PAGE_SIZE = 50;

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
            code
            name {
              kk
              ru
              en
            }
          }
        }
      }
    }
  }
`);

export const TrainingPageQuery = graphql(`
  query TrainingPage($id: ID!) {
    training(id: $id) {
      id
      topic
      description
      audience
      startsAt
      endsAt
      venue
      capacity
      status
      cancellationReason
      version
      registeredSeats
      seatsLeft
      waitlistedCount
      region {
        code
        name {
          kk
          ru
          en
        }
      }
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
