import { CALLERS } from '../callers';
import { RULES } from '../expectations';
import { inputOf, read, type CaseContext, type OperationRule } from './rule';

const requestState = (c: CaseContext, id: unknown) =>
  read(c.admin, 'query($id: ID!) { assistanceRequest(id: $id) { version status assigneeId rating { score } timeline { kind } attachments { id } } }', { id });
const trainingState = (c: CaseContext, id: unknown) => read(c.admin, 'query($id: ID!) { training(id: $id) { version status registeredSeats topic } }', { id });
const registrationsOf = (c: CaseContext, trainingId: unknown) =>
  read(c.admin, 'query($id: ID!) { training(id: $id) { registrations { id status attendance version } } }', { id: trainingId });

/** Assistance: reference data, requests, trainings, premises and equipment. */
export const ASSISTANCE_OPERATIONS: Record<string, OperationRule> = {
  // ----- assistance: reference -----
  'Query.assistanceCatalog': { expect: RULES.publicReference, regional: false, document: '{ assistanceCatalog { type } }' },
  'Query.assistanceServiceLevels': {
    expect: RULES.regionRead,
    regional: true,
    document: 'query($regionCode: ID!) { assistanceServiceLevels(regionCode: $regionCode) { subtype days } }',
    variables: (c) => ({ regionCode: c.region }),
  },
  'Mutation.setAssistanceServiceLevel': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($regionCode: ID!, $days: Int) { setAssistanceServiceLevel(regionCode: $regionCode, subtype: TRAINING, days: $days) { days } }',
    // A different value per caller, so a refused call that went through would show.
    variables: (c) => ({ regionCode: c.region, days: 10 + CALLERS.indexOf(c.caller) }),
    snapshot: (c) => read(c.admin, 'query($regionCode: ID!) { assistanceServiceLevels(regionCode: $regionCode) { subtype days } }', { regionCode: c.region }),
  },

  // ----- assistance: requests -----
  'Query.assistanceRequest': {
    expect: RULES.regionRead,
    regional: true,
    document: 'query($id: ID!) { assistanceRequest(id: $id) { id status } }',
    variables: async (c) => ({ id: (await c.fixtures.request(c.region)).id }),
  },
  'Query.assistanceRequests': {
    expect: RULES.regionRead,
    regional: true,
    document: 'query($regionCode: ID) { assistanceRequests(first: 5, filter: { regionCode: $regionCode }) { edges { node { id } } } }',
    variables: (c) => ({ regionCode: c.region }),
  },
  'Mutation.submitAssistanceRequest': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: SubmitAssistanceRequestInput!) { submitAssistanceRequest(input: $input) { id } }',
    variables: async (c) => {
      const request = await c.fixtures.request(c.region);
      return { input: { organizationId: request.organizationId, type: 'CONSULTATIVE', subtype: 'ORGANIZATION_REGISTRATION', description: 'Тіркелуге көмек керек' } };
    },
    snapshot: (c, v) => read(c.admin, 'query($id: ID!) { organization(id: $id) { assistanceRequests(first: 50) { edges { node { id } } } } }', { id: inputOf(v).organizationId }),
  },
  'Mutation.changeAssistanceRequestStatus': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: ChangeAssistanceRequestStatusInput!) { changeAssistanceRequestStatus(input: $input) { id status } }',
    variables: async (c) => {
      const request = await c.fixtures.request(c.region);
      return { input: { id: request.id, version: request.version, status: 'TRIAGED' } };
    },
    snapshot: (c, v) => requestState(c, inputOf(v).id),
  },
  'Mutation.assignAssistanceRequest': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: AssignAssistanceRequestInput!) { assignAssistanceRequest(input: $input) { id assigneeId } }',
    variables: async (c) => {
      const request = await c.fixtures.request(c.region);
      return { input: { id: request.id, version: request.version, assigneeId: await c.fixtures.adminAccountId() } };
    },
    snapshot: (c, v) => requestState(c, inputOf(v).id),
  },
  'Mutation.commentOnAssistanceRequest': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: CommentOnAssistanceRequestInput!) { commentOnAssistanceRequest(input: $input) { id } }',
    variables: async (c) => ({ input: { id: (await c.fixtures.request(c.region)).id, text: 'Хабарластық' } }),
    snapshot: (c, v) => requestState(c, inputOf(v).id),
  },
  'Mutation.recordStateBodyAnswer': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: RecordStateBodyAnswerInput!) { recordStateBodyAnswer(input: $input) { id } }',
    variables: async (c) => {
      const request = await c.fixtures.referredRequest(c.region);
      return { input: { id: request.id, version: request.version, referralId: request.referralId, answer: 'Рұқсат берілді' } };
    },
    snapshot: (c, v) => requestState(c, inputOf(v).id),
  },
  'Mutation.rateAssistanceRequest': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: RateAssistanceRequestInput!) { rateAssistanceRequest(input: $input) { id } }',
    variables: async (c) => {
      const request = await c.fixtures.resolvedRequest(c.region);
      return { input: { id: request.id, version: request.version, score: 5 } };
    },
    snapshot: (c, v) => requestState(c, inputOf(v).id),
  },
  'Mutation.addAssistanceRequestAttachment': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: AddAssistanceRequestAttachmentInput!) { addAssistanceRequestAttachment(input: $input) { id } }',
    variables: async (c) => {
      const request = await c.fixtures.request(c.region);
      return {
        input: {
          requestId: request.id,
          version: request.version,
          fileName: 'hat.pdf',
          mimeType: 'application/pdf',
          contentBase64: Buffer.from('%PDF-1.4 matrix').toString('base64'),
        },
      };
    },
    snapshot: (c, v) => requestState(c, inputOf(v).requestId),
  },

  // ----- assistance: trainings -----
  'Query.trainings': {
    expect: RULES.regionRead,
    regional: true,
    document: 'query($regionCode: ID) { trainings(first: 5, filter: { regionCode: $regionCode }) { edges { node { id } } } }',
    variables: (c) => ({ regionCode: c.region }),
  },
  'Query.training': {
    expect: RULES.regionRead,
    regional: true,
    document: 'query($id: ID!) { training(id: $id) { id topic } }',
    variables: async (c) => ({ id: (await c.fixtures.training(c.region)).id }),
  },
  'Mutation.scheduleTraining': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: ScheduleTrainingInput!) { scheduleTraining(input: $input) { id } }',
    variables: (c) => {
      const startsAt = new Date(Date.now() + 20 * 86_400_000);
      const topic = `Оқыту ${c.caller} ${Math.random().toString(36).slice(2, 8)}`;
      return {
        input: {
          regionCode: c.region,
          topic,
          audience: 'NGO_STAFF',
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
          venue: 'Зал',
          capacity: 10,
        },
      };
    },
    snapshot: (c, v) =>
      read(c.admin, 'query($regionCode: ID) { trainings(first: 100, filter: { regionCode: $regionCode }) { edges { node { topic } } } }', { regionCode: c.region }).then((d) =>
        JSON.stringify(d).includes(String(inputOf(v).topic)),
      ),
  },
  'Mutation.updateTraining': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: UpdateTrainingInput!) { updateTraining(input: $input) { id version } }',
    variables: async (c) => {
      const training = await c.fixtures.training(c.region);
      return { input: { id: training.id, version: training.version, topic: 'Жаңа тақырып' } };
    },
    snapshot: (c, v) => trainingState(c, inputOf(v).id),
  },
  'Mutation.cancelTraining': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($id: ID!, $version: Int!) { cancelTraining(id: $id, version: $version, reason: "Спикер ауырып қалды") { id status } }',
    variables: async (c) => {
      const training = await c.fixtures.training(c.region);
      return { id: training.id, version: training.version };
    },
    snapshot: (c, v) => trainingState(c, v.id),
  },
  'Mutation.registerForTraining': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: RegisterForTrainingInput!) { registerForTraining(input: $input) { id } }',
    variables: async (c) => {
      const [training, request] = await Promise.all([c.fixtures.training(c.region), c.fixtures.request(c.region)]);
      return { input: { trainingId: training.id, organizationId: request.organizationId, participants: 1 } };
    },
    snapshot: (c, v) => trainingState(c, inputOf(v).trainingId),
  },
  'Mutation.cancelTrainingRegistration': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($id: ID!, $version: Int!) { cancelTrainingRegistration(id: $id, version: $version) { id status } }',
    variables: async (c) => {
      const registration = await c.fixtures.registration(c.region);
      return { id: registration.id, version: registration.version, trainingId: registration.trainingId };
    },
    snapshot: (c, v) => registrationsOf(c, v.trainingId),
  },
  'Mutation.markTrainingAttendance': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: MarkTrainingAttendanceInput!) { markTrainingAttendance(input: $input) { id attendance } }',
    variables: async (c) => {
      const registration = await c.fixtures.registration(c.region, true);
      return { input: { registrationId: registration.id, version: registration.version, attendance: 'ATTENDED' }, trainingId: registration.trainingId };
    },
    snapshot: (c, v) => registrationsOf(c, v.trainingId),
  },

  // ----- assistance: premises and equipment -----
  'Query.bookableResources': {
    expect: RULES.regionRead,
    regional: true,
    document: 'query($regionCode: ID!) { bookableResources(regionCode: $regionCode) { id } }',
    variables: (c) => ({ regionCode: c.region }),
  },
  'Query.bookings': {
    expect: RULES.regionRead,
    regional: true,
    document: 'query($regionCode: ID) { bookings(first: 5, filter: { regionCode: $regionCode }) { edges { node { id } } } }',
    variables: (c) => ({ regionCode: c.region }),
  },
  'Mutation.addBookableResource': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: AddBookableResourceInput!) { addBookableResource(input: $input) { id } }',
    variables: (c) => ({ input: { regionCode: c.region, kind: 'EQUIPMENT', name: `Проектор ${c.caller} ${Math.random().toString(36).slice(2, 8)}` } }),
    snapshot: (c) => read(c.admin, 'query($regionCode: ID!) { bookableResources(regionCode: $regionCode) { id } }', { regionCode: c.region }),
  },
  'Mutation.bookResource': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: BookResourceInput!) { bookResource(input: $input) { id } }',
    variables: async (c) => {
      const [resource, request] = await Promise.all([c.fixtures.resource(c.region), c.fixtures.request(c.region)]);
      return { input: { resourceId: resource.id, organizationId: request.organizationId, ...c.fixtures.nextSlot() } };
    },
    snapshot: (c, v) => read(c.admin, 'query($id: ID) { bookings(first: 5, filter: { resourceId: $id }) { edges { node { id } } } }', { id: inputOf(v).resourceId }),
  },
  'Mutation.cancelBooking': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($id: ID!, $version: Int!) { cancelBooking(id: $id, version: $version) { id status } }',
    variables: async (c) => {
      const booking = await c.fixtures.booking(c.region);
      return { id: booking.id, version: booking.version, resourceId: booking.resourceId };
    },
    snapshot: (c, v) => read(c.admin, 'query($id: ID) { bookings(first: 5, filter: { resourceId: $id }) { edges { node { id status version } } } }', { id: v.resourceId }),
  },
};
