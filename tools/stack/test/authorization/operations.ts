import type { GraphQLTestClient } from '@birge/server-testing';
import { CALLERS, type Caller } from './callers';
import { RULES, type Expectations } from './expectations';
import type { Fixtures } from './fixtures';
import { EVENT_OPERATIONS } from './operations-events';
import { GUIDE_OPERATIONS } from './operations-guides';
import { OUTREACH_OPERATIONS } from './operations-outreach';
import { PLATFORM_OPERATIONS } from './operations-platform';
import { PORTAL_OPERATIONS } from './operations-portal';
import type { PortalFixtures } from './portal-fixtures';

export interface CaseContext {
  fixtures: Fixtures;
  admin: GraphQLTestClient;
  caller: Caller;
  /** The region of the record the case acts on (the staff member's own, or another). */
  region: string;
  /** Organizations' contacts and their portal links. */
  portal: PortalFixtures;
}

type Variables = Record<string, unknown>;

/** One root field of the API schema and the rule it follows. */
export interface OperationRule {
  expect: Expectations;
  /** The case runs against a record of the caller's own region and of another region. */
  regional: boolean;
  document: string;
  variables?: (context: CaseContext) => Promise<Variables> | Variables;
  /** Read as the admin before and after a refused call: must not change. */
  snapshot?: (context: CaseContext, variables: Variables) => Promise<unknown>;
  /** The portal caller's case acts through a link of its own (one that ends the link it uses). */
  portalClient?: (context: CaseContext) => Promise<GraphQLTestClient>;
}

const read = (admin: GraphQLTestClient, query: string, variables: Variables) => admin.request(query, variables).then((r) => r.data);
const organizationState = (c: CaseContext, id: unknown) => read(c.admin, 'query($id: ID!) { organization(id: $id) { version name verification { status } } }', { id });
const requestState = (c: CaseContext, id: unknown) =>
  read(c.admin, 'query($id: ID!) { assistanceRequest(id: $id) { version status assigneeId rating { score } timeline { kind } attachments { id } } }', { id });
const trainingState = (c: CaseContext, id: unknown) => read(c.admin, 'query($id: ID!) { training(id: $id) { version status registeredSeats topic } }', { id });
const registrationsOf = (c: CaseContext, trainingId: unknown) =>
  read(c.admin, 'query($id: ID!) { training(id: $id) { registrations { id status attendance version } } }', { id: trainingId });
const organizationsNamed = (c: CaseContext, name: unknown) =>
  read(c.admin, 'query($search: String) { organizations(first: 5, filter: { search: $search }) { edges { node { id } } } }', { search: name });
const needState = (c: CaseContext, id: unknown) =>
  read(c.admin, 'query($id: ID!) { need(id: $id) { version status theme narrative statusHistory { toStatus } comments { text } } }', { id });
const feedbackState = (c: CaseContext, id: unknown) =>
  read(c.admin, 'query($id: ID!) { feedbackThread(id: $id) { status messageCount statusChangedBy messages { edges { node { text } } } } }', { id });
const reportState = (c: CaseContext, id: unknown) =>
  read(c.admin, 'query($id: ID!) { report(id: $id) { version status answers { fieldKey number text comment } history { action } comments { text } } }', { id });
const formState = (c: CaseContext, id: unknown) => read(c.admin, 'query($id: ID!) { reportForm(id: $id) { revision version title { kk } fields { key } } }', { id });
const inputOf = (variables: Variables) => variables.input as Record<string, unknown>;

/**
 * Every query and mutation of the API schema with its rule. The matrix test fails for a root
 * field missing here, so a new operation cannot ship without deciding who may call it.
 */
export const OPERATIONS: Record<string, OperationRule> = {
  // ----- registry: reference data -----
  'Query.regions': { expect: RULES.publicReference, regional: false, document: '{ regions { code } }' },
  'Query.region': { expect: RULES.publicReference, regional: true, document: 'query($code: ID!) { region(code: $code) { code districts { code } } }', variables: (c) => ({ code: c.region }) },
  'Mutation.renameDistrict': {
    // District edits are republican administration too; an analyst is told the role only reads.
    expect: { ...RULES.adminOnly, analyst: 'READ_ONLY_ROLE' },
    regional: true,
    document: 'mutation($code: ID!, $version: Int!, $name: LocalizedTextInput!) { renameDistrict(code: $code, version: $version, name: $name) { code version } }',
    variables: async (c) => {
      const district = await c.fixtures.district(c.region);
      return { code: district.code, version: district.version, name: { kk: 'Өзгертілген', ru: 'Изменённый', en: 'Renamed' } };
    },
    snapshot: (c) => read(c.admin, 'query($code: ID!) { region(code: $code) { districts { code version name { kk } } } }', { code: c.region }),
  },
  'Mutation.addDistrict': {
    // District edits are republican administration too; an analyst is told the role only reads.
    expect: { ...RULES.adminOnly, analyst: 'READ_ONLY_ROLE' },
    regional: true,
    document: 'mutation($regionCode: ID!, $code: ID!, $name: LocalizedTextInput!) { addDistrict(regionCode: $regionCode, code: $code, kind: DISTRICT, name: $name) { code } }',
    variables: (c) => ({
      regionCode: c.region,
      code: `${c.region.slice(0, 2)}8${String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0')}`,
      name: { kk: 'Матрица ауданы', ru: 'Район матрицы', en: 'Matrix district' },
    }),
    snapshot: (c) => read(c.admin, 'query($code: ID!) { region(code: $code) { districts { code } } }', { code: c.region }),
  },
  'Mutation.abolishDistrict': {
    // District edits are republican administration too; an analyst is told the role only reads.
    expect: { ...RULES.adminOnly, analyst: 'READ_ONLY_ROLE' },
    regional: true,
    document: 'mutation($code: ID!, $version: Int!) { abolishDistrict(code: $code, version: $version, reason: "Merged", abolishedOn: "2026-01-01") { code } }',
    variables: async (c) => {
      const district = await c.fixtures.district(c.region);
      return { code: district.code, version: district.version };
    },
    snapshot: (c) => read(c.admin, 'query($code: ID!) { region(code: $code) { districts { code abolishedOn } } }', { code: c.region }),
  },

  // ----- registry: organizations -----
  'Query.organizations': {
    expect: RULES.registryPublic,
    regional: true,
    document: 'query($regionCode: ID) { organizations(first: 5, filter: { regionCode: $regionCode }) { edges { node { id name } } } }',
    variables: (c) => ({ regionCode: c.region }),
  },
  'Query.organization': {
    expect: RULES.registryPublic,
    regional: true,
    document: 'query($id: ID!) { organization(id: $id) { id name } }',
    variables: async (c) => ({ id: (await c.fixtures.organization(c.region)).id }),
  },
  'Query.organizationFacets': {
    expect: RULES.registryPublic,
    regional: true,
    document: 'query($regionCode: ID) { organizationFacets(filter: { regionCode: $regionCode }) { total } }',
    variables: (c) => ({ regionCode: c.region }),
  },
  'Query.possibleDuplicates': {
    expect: RULES.registryPublic,
    regional: true,
    document: 'query($input: PossibleDuplicatesInput!) { possibleDuplicates(input: $input) { organization { id } } }',
    variables: (c) => ({ input: { name: 'Матрица жастары', regionCode: c.region } }),
  },
  'Mutation.createOrganization': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
    variables: (c) => ({ input: { name: `Жаңа топ ${c.caller} ${Math.random().toString(36).slice(2, 8)}`, kind: 'INITIATIVE_GROUP', regionCode: c.region, directions: ['BILIM'], confirmNotDuplicate: true } }),
    snapshot: (c, v) => organizationsNamed(c, inputOf(v).name),
  },
  'Mutation.updateOrganization': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id version } }',
    variables: async (c) => {
      const organization = await c.fixtures.organization(c.region);
      return { input: { id: organization.id, version: organization.version, description: 'Жаңартылған сипаттама' } };
    },
    snapshot: (c, v) => organizationState(c, inputOf(v).id),
  },
  'Mutation.mergeOrganizations': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: MergeOrganizationsInput!) { mergeOrganizations(input: $input) { id } }',
    variables: async (c) => {
      const [keep, merge] = await Promise.all([c.fixtures.organization(c.region), c.fixtures.organization(c.region)]);
      return { input: { keepId: keep.id, mergeId: merge.id, keepVersion: keep.version } };
    },
    snapshot: async (c, v) => [await organizationState(c, inputOf(v).keepId), await organizationState(c, inputOf(v).mergeId)],
  },
  'Mutation.importOrganizations': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($csv: String!) { importOrganizations(csv: $csv) { created } }',
    variables: (c) => ({ csv: `name,kind,region_code,directions\nИмпорт ${c.caller} ${Math.random().toString(36).slice(2, 8)},INITIATIVE_GROUP,${c.region},BILIM\n` }),
    snapshot: (c, v) => organizationsNamed(c, String(v.csv).split('\n')[1].split(',')[0]),
  },

  // ----- registry: contact log and verification -----
  'Mutation.logContact': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: LogContactInput!) { logContact(input: $input) { id } }',
    variables: async (c) => ({ input: { organizationId: (await c.fixtures.organization(c.region)).id, kind: 'CALL', occurredOn: '2026-11-02', toldAboutOffer: true } }),
    snapshot: (c, v) => read(c.admin, 'query($id: ID!) { organization(id: $id) { contacts(first: 50) { edges { node { id } } } } }', { id: inputOf(v).organizationId }),
  },
  'Mutation.recordVerificationCheck': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: RecordVerificationCheckInput!) { recordVerificationCheck(input: $input) { id } }',
    variables: async (c) => ({ input: { organizationId: (await c.fixtures.organization(c.region)).id, method: 'VISIT', outcome: 'PASSED', notes: 'Іс-шараға бардық' } }),
    snapshot: (c, v) => organizationState(c, inputOf(v).organizationId),
  },
  'Mutation.updateVerificationCheck': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: UpdateVerificationCheckInput!) { updateVerificationCheck(input: $input) { id outcome } }',
    variables: async (c) => {
      const check = await c.fixtures.verificationCheck(c.region);
      return { input: { checkId: check.id, outcome: 'PASSED', notes: 'Расталды' }, organizationId: check.organizationId };
    },
    snapshot: (c, v) => organizationState(c, v.organizationId),
  },
  'Mutation.decideVerification': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: DecideVerificationInput!) { decideVerification(input: $input) { status } }',
    variables: async (c) => ({ input: { organizationId: (await c.fixtures.organization(c.region)).id, decision: 'VERIFIED', reason: 'Барлық тексерулер өтті' } }),
    snapshot: (c, v) => organizationState(c, inputOf(v).organizationId),
  },

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
    snapshot: (c, v) =>
      read(c.admin, 'query($id: ID!) { organization(id: $id) { assistanceRequests(first: 50) { edges { node { id } } } } }', { id: inputOf(v).organizationId }),
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
      return { input: { requestId: request.id, version: request.version, fileName: 'hat.pdf', mimeType: 'application/pdf', contentBase64: Buffer.from('%PDF-1.4 matrix').toString('base64') } };
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
      return { input: { regionCode: c.region, topic, audience: 'NGO_STAFF', startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(), venue: 'Зал', capacity: 10 } };
    },
    snapshot: (c, v) => read(c.admin, 'query($regionCode: ID) { trainings(first: 100, filter: { regionCode: $regionCode }) { edges { node { topic } } } }', { regionCode: c.region }).then((d) => JSON.stringify(d).includes(String(inputOf(v).topic))),
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

  // ----- analytics -----
  'Query.nationalOverview': { expect: RULES.analyticsFigures, regional: false, document: '{ nationalOverview { organizationCount } }' },

  // ----- analytics: exports, read with the rights of the data they hold -----
  'Query.exportNeeds': {
    expect: RULES.analyticsRegionRead,
    regional: true,
    document: 'query($regionCode: ID) { exportNeeds(format: CSV, filter: { regionCode: $regionCode }) { byteSize } }',
    variables: (c) => ({ regionCode: c.region }),
  },
  'Query.exportNationalOverview': { expect: RULES.analyticsFigures, regional: false, document: '{ exportNationalOverview(format: XLSX) { byteSize } }' },
  'Query.exportRegionCoverage': {
    expect: RULES.analyticsFigures,
    regional: true,
    document: 'query($regionCode: ID!) { exportRegionCoverage(regionCode: $regionCode, format: CSV) { byteSize } }',
    variables: (c) => ({ regionCode: c.region }),
  },
  'Query.exportSummaryPdf': {
    expect: RULES.analyticsRegionRead,
    regional: true,
    document: 'query($regionCode: ID) { exportSummaryPdf(regionCode: $regionCode, language: RU) { byteSize } }',
    variables: (c) => ({ regionCode: c.region }),
  },
  'Query.exportReport': {
    expect: RULES.analyticsRegionRead,
    regional: true,
    document: 'query($id: ID!) { exportReport(id: $id, format: XLSX) { byteSize } }',
    variables: async (c) => ({ id: (await c.fixtures.report(c.region)).id }),
  },
  'Query.exportCompleteness': {
    // Like reportingCompleteness: staff get their own region's cells, everyone who reads analytics the rest.
    expect: RULES.analyticsFigures,
    regional: false,
    document: 'query($formId: ID!) { exportCompleteness(formId: $formId, periods: ["2025-01"], format: CSV) { byteSize } }',
    variables: async (c) => ({ formId: (await c.fixtures.reportForm()).id }),
  },
  'Query.exportInsights': {
    expect: RULES.analyticsRegionRead,
    regional: true,
    document: 'query($regions: [ID!]) { exportInsights(measures: [ORGANIZATIONS], groupBy: [REGION], filter: { regions: $regions }, format: CSV) { byteSize } }',
    variables: (c) => ({ regions: [c.region] }),
  },
  'Query.exportInsightDrillDown': {
    expect: RULES.analyticsRegionRead,
    regional: true,
    document: 'query($region: ID!) { exportInsightDrillDown(region: $region, measures: [ORGANIZATIONS, COVERED_DISTRICTS], format: XLSX) { byteSize } }',
    variables: (c) => ({ region: c.region }),
  },
  'Query.insights': {
    expect: RULES.analyticsRegionRead,
    regional: true,
    document: 'query($regions: [ID!]) { insights(measures: [ORGANIZATIONS, REQUESTS], groupBy: [REGION], filter: { regions: $regions }) { rows { values { value } } } }',
    variables: (c) => ({ regions: [c.region] }),
  },
  'Query.insightSeries': {
    expect: RULES.analyticsRegionRead,
    regional: true,
    document: 'query($regions: [ID!]) { insightSeries(measures: [REQUESTS], filter: { regions: $regions }) { months lines { points { month } } } }',
    variables: (c) => ({ regions: [c.region] }),
  },
  'Query.insightDrillDown': {
    expect: RULES.analyticsRegionRead,
    regional: true,
    document: 'query($region: ID!) { insightDrillDown(region: $region, measures: [ORGANIZATIONS, COVERED_DISTRICTS]) { rows { keys { code } } } }',
    variables: (c) => ({ region: c.region }),
  },

  // ----- analytics: the needs register -----
  'Query.needs': {
    expect: RULES.analyticsRegionRead,
    regional: true,
    document: 'query($regionCode: ID) { needs(first: 5, filter: { regionCode: $regionCode }) { edges { node { id theme } } } }',
    variables: (c) => ({ regionCode: c.region }),
  },
  'Query.need': {
    expect: RULES.analyticsRegionRead,
    regional: true,
    document: 'query($id: ID!) { need(id: $id) { id status } }',
    variables: async (c) => ({ id: (await c.fixtures.need(c.region)).id }),
  },
  'Mutation.recordNeed': {
    expect: RULES.analyticsRegionWrite,
    regional: true,
    document: 'mutation($input: RecordNeedInput!) { recordNeed(input: $input) { id } }',
    variables: (c) => ({ input: { regionCode: c.region, theme: 'FUNDING', kind: 'FRONT_OFFICE', narrative: `Қаржы жетпейді ${c.caller} ${Math.random().toString(36).slice(2, 8)}` } }),
    snapshot: (c, v) =>
      read(c.admin, 'query($regionCode: ID) { needs(first: 100, filter: { regionCode: $regionCode, theme: FUNDING }) { edges { node { narrative } } } }', { regionCode: c.region }).then((d) =>
        JSON.stringify(d).includes(String(inputOf(v).narrative)),
      ),
  },
  'Mutation.updateNeed': {
    expect: RULES.analyticsRegionWrite,
    regional: true,
    document: 'mutation($input: UpdateNeedInput!) { updateNeed(input: $input) { id version } }',
    variables: async (c) => {
      const need = await c.fixtures.need(c.region);
      return { input: { id: need.id, version: need.version, theme: 'POPULATION_WARY' } };
    },
    snapshot: (c, v) => needState(c, inputOf(v).id),
  },
  'Mutation.changeNeedStatus': {
    expect: RULES.analyticsRegionWrite,
    regional: true,
    document: 'mutation($input: ChangeNeedStatusInput!) { changeNeedStatus(input: $input) { id status } }',
    variables: async (c) => {
      const need = await c.fixtures.need(c.region);
      return { input: { id: need.id, version: need.version, status: 'ESCALATED', comment: 'Республикалық кеңсенің көмегі керек' } };
    },
    snapshot: (c, v) => needState(c, inputOf(v).id),
  },
  'Mutation.commentOnNeed': {
    expect: RULES.analyticsRegionWrite,
    regional: true,
    document: 'mutation($input: CommentOnNeedInput!) { commentOnNeed(input: $input) { id } }',
    variables: async (c) => ({ input: { id: (await c.fixtures.need(c.region)).id, text: 'Әкімдікпен сөйлестік' } }),
    snapshot: (c, v) => needState(c, inputOf(v).id),
  },

  // ----- analytics: the continuous feedback channel -----
  'Query.feedbackThreads': {
    expect: RULES.feedbackParticipants,
    regional: true,
    document: 'query($regionCode: ID) { feedbackThreads(first: 5, filter: { regionCode: $regionCode }) { edges { node { id unreadCount } } } }',
    variables: (c) => ({ regionCode: c.region }),
  },
  'Query.feedbackThread': {
    expect: RULES.feedbackParticipants,
    regional: true,
    document: 'query($id: ID!) { feedbackThread(id: $id) { id subject } }',
    variables: async (c) => ({ id: (await c.fixtures.feedbackThread(c.region)).id }),
  },
  'Query.unreadFeedbackCount': {
    expect: RULES.feedbackParticipants,
    regional: false,
    document: '{ unreadFeedbackCount }',
  },
  'Mutation.startFeedbackThread': {
    expect: RULES.feedbackParticipants,
    regional: true,
    document: 'mutation($input: StartFeedbackThreadInput!) { startFeedbackThread(input: $input) { id } }',
    variables: (c) => ({ input: { regionCode: c.region, topic: 'REGION_OBSERVATION', subject: `Байқау ${c.caller} ${Math.random().toString(36).slice(2, 8)}`, text: 'Өңірде жаңа топтар пайда болды' } }),
    snapshot: (c, v) =>
      read(c.admin, 'query($regionCode: ID) { feedbackThreads(first: 100, filter: { regionCode: $regionCode, topic: REGION_OBSERVATION }) { edges { node { subject } } } }', {
        regionCode: c.region,
      }).then((d) => JSON.stringify(d).includes(String(inputOf(v).subject))),
  },
  'Mutation.postFeedback': {
    expect: RULES.feedbackParticipants,
    regional: true,
    document: 'mutation($input: PostFeedbackInput!) { postFeedback(input: $input) { id messageCount } }',
    variables: async (c) => ({ input: { threadId: (await c.fixtures.feedbackThread(c.region)).id, text: 'Жауабымыз дайын' } }),
    snapshot: (c, v) => feedbackState(c, inputOf(v).threadId),
  },
  'Mutation.closeFeedbackThread': {
    expect: RULES.feedbackParticipants,
    regional: true,
    document: 'mutation($id: ID!) { closeFeedbackThread(id: $id) { id status } }',
    variables: async (c) => ({ id: (await c.fixtures.feedbackThread(c.region)).id }),
    snapshot: (c, v) => feedbackState(c, v.id),
  },
  'Mutation.reopenFeedbackThread': {
    expect: RULES.feedbackParticipants,
    regional: true,
    document: 'mutation($id: ID!) { reopenFeedbackThread(id: $id) { id status } }',
    variables: async (c) => ({ id: (await c.fixtures.closedFeedbackThread(c.region)).id }),
    snapshot: (c, v) => feedbackState(c, v.id),
  },
  'Mutation.markFeedbackThreadRead': {
    expect: RULES.feedbackParticipants,
    regional: true,
    document: 'mutation($id: ID!) { markFeedbackThreadRead(id: $id) { id unreadCount } }',
    variables: async (c) => ({ id: (await c.fixtures.feedbackThread(c.region)).id }),
    snapshot: (c, v) => feedbackState(c, v.id),
  },

  // ----- analytics: periodic report forms, reports and their review -----
  'Query.reportForms': { expect: RULES.analyticsFigures, regional: false, document: '{ reportForms(first: 5) { edges { node { id title { kk } } } } }' },
  'Query.reportForm': {
    expect: RULES.analyticsFigures,
    regional: false,
    document: 'query($id: ID!) { reportForm(id: $id) { id fields { key } } }',
    variables: async (c) => ({ id: (await c.fixtures.reportForm()).id }),
  },
  'Query.reportPrefillSources': { expect: RULES.analyticsFigures, regional: false, document: '{ reportPrefillSources { key label { kk } } }' },
  'Mutation.createReportForm': {
    // Designing forms is the republican office's; an analyst is told the role only reads.
    expect: { ...RULES.adminOnly, analyst: 'READ_ONLY_ROLE' },
    regional: false,
    document: 'mutation($input: CreateReportFormInput!) { createReportForm(input: $input) { id } }',
    variables: (c) => {
      const label = { kk: `Матрица ${c.caller}`, ru: 'Матрица', en: 'Matrix' };
      return { input: { title: label, periodType: 'YEAR', dueDays: 30, sections: [{ key: 's', title: label, fields: [{ key: 'n', type: 'NUMBER', label }] }] } };
    },
    snapshot: () => Promise.resolve('unchanged'),
  },
  'Mutation.updateReportForm': {
    expect: { ...RULES.adminOnly, analyst: 'READ_ONLY_ROLE' },
    regional: false,
    document: 'mutation($input: UpdateReportFormInput!) { updateReportForm(input: $input) { id revision } }',
    variables: async (c) => {
      const form = await c.fixtures.reportForm();
      return { input: { id: form.id, revision: form.revision, dueDays: 20 } };
    },
    snapshot: (c, v) => formState(c, inputOf(v).id),
  },
  'Query.reports': {
    expect: RULES.analyticsRegionRead,
    regional: true,
    document: 'query($regionCode: ID) { reports(first: 5, filter: { regionCode: $regionCode }) { edges { node { id status } } } }',
    variables: (c) => ({ regionCode: c.region }),
  },
  'Query.report': {
    expect: RULES.analyticsRegionRead,
    regional: true,
    document: 'query($id: ID!) { report(id: $id) { id status } }',
    variables: async (c) => ({ id: (await c.fixtures.report(c.region)).id }),
  },
  'Query.reportingCompleteness': {
    // Staff read their own region's cells; everyone who reads analytics reads the rest.
    expect: RULES.analyticsFigures,
    regional: false,
    document: 'query($formId: ID!) { reportingCompleteness(formId: $formId, periods: ["2025-01"]) { totals { expected submitted } } }',
    variables: async (c) => ({ formId: (await c.fixtures.reportForm()).id }),
  },
  'Mutation.openReport': {
    expect: RULES.analyticsRegionWrite,
    regional: true,
    document: 'mutation($input: OpenReportInput!) { openReport(input: $input) { id } }',
    variables: async (c) => ({ input: { formId: (await c.fixtures.reportForm()).id, regionCode: c.region, period: '2025-02' } }),
    snapshot: (c, v) =>
      read(c.admin, 'query($formId: ID!) { reports(first: 5, filter: { formId: $formId }) { totalCount } }', { formId: inputOf(v).formId }),
  },
  'Mutation.saveReportDraft': {
    expect: RULES.analyticsRegionWrite,
    regional: true,
    document: 'mutation($input: SaveReportDraftInput!) { saveReportDraft(input: $input) { id version } }',
    variables: async (c) => {
      const report = await c.fixtures.report(c.region);
      return { input: { id: report.id, version: report.version, answers: [{ fieldKey: 'events', number: 7 }] } };
    },
    snapshot: (c, v) => reportState(c, inputOf(v).id),
  },
  'Mutation.submitReport': {
    expect: RULES.analyticsRegionWrite,
    regional: true,
    document: 'mutation($input: SubmitReportInput!) { submitReport(input: $input) { id status } }',
    variables: async (c) => {
      const report = await c.fixtures.report(c.region);
      return { input: { id: report.id, version: report.version } };
    },
    snapshot: (c, v) => reportState(c, inputOf(v).id),
  },
  'Mutation.returnReport': {
    expect: { ...RULES.adminOnly, analyst: 'READ_ONLY_ROLE' },
    regional: true,
    document: 'mutation($input: ReturnReportInput!) { returnReport(input: $input) { id status } }',
    variables: async (c) => {
      const report = await c.fixtures.submittedReport(c.region);
      return { input: { id: report.id, version: report.version, comment: 'Сандарды тексеріңіз' } };
    },
    snapshot: (c, v) => reportState(c, inputOf(v).id),
  },
  'Mutation.acceptReport': {
    expect: { ...RULES.adminOnly, analyst: 'READ_ONLY_ROLE' },
    regional: true,
    document: 'mutation($input: AcceptReportInput!) { acceptReport(input: $input) { id status } }',
    variables: async (c) => {
      const report = await c.fixtures.submittedReport(c.region);
      return { input: { id: report.id, version: report.version } };
    },
    snapshot: (c, v) => reportState(c, inputOf(v).id),
  },
  'Mutation.reopenReport': {
    expect: { ...RULES.adminOnly, analyst: 'READ_ONLY_ROLE' },
    regional: true,
    document: 'mutation($input: ReopenReportInput!) { reopenReport(input: $input) { id status } }',
    variables: async (c) => {
      const report = await c.fixtures.acceptedReport(c.region);
      return { input: { id: report.id, version: report.version, reason: 'Деректер түзетілді' } };
    },
    snapshot: (c, v) => reportState(c, inputOf(v).id),
  },
  'Mutation.postReportComment': {
    expect: RULES.analyticsRegionWrite,
    regional: true,
    document: 'mutation($input: PostReportCommentInput!) { postReportComment(input: $input) { id } }',
    variables: async (c) => ({ input: { id: (await c.fixtures.report(c.region)).id, text: 'Түсініктеме' } }),
    snapshot: (c, v) => reportState(c, inputOf(v).id),
  },

  // ----- notifications: a staff member's own inbox -----
  'Query.notifications': { expect: RULES.ownAccount, regional: false, document: '{ notifications(first: 5) { edges { node { id } } } }' },
  'Query.unreadNotificationCount': { expect: RULES.ownAccount, regional: false, document: '{ unreadNotificationCount }' },
  'Mutation.markNotificationRead': {
    // Marking someone else's notification is NOT_FOUND for everybody but its recipient; the matrix
    // checks the caller's role with an id that names nothing.
    expect: { ...RULES.ownAccount, admin: 'NOT_FOUND', staffOwn: 'NOT_FOUND', staffOther: 'NOT_FOUND', analyst: 'NOT_FOUND' },
    regional: false,
    document: 'mutation($id: ID!) { markNotificationRead(id: $id) { id } }',
    variables: () => ({ id: '00000000-0000-4000-8000-000000000000' }),
  },
  'Mutation.archiveNotification': {
    // Like marking read: someone else's (or no) notification is NOT_FOUND, whatever the role.
    expect: { ...RULES.ownAccount, admin: 'NOT_FOUND', staffOwn: 'NOT_FOUND', staffOther: 'NOT_FOUND', analyst: 'NOT_FOUND' },
    regional: false,
    document: 'mutation($id: ID!) { archiveNotification(id: $id) { id } }',
    variables: () => ({ id: '00000000-0000-4000-8000-000000000000' }),
  },
  // Marks the caller's own inbox only.
  'Mutation.markAllNotificationsRead': { expect: RULES.ownAccount, regional: false, document: 'mutation { markAllNotificationsRead }' },
  // The email delivery log names staff addresses: republican administrators only.
  'Query.emailDeliveries': { expect: RULES.adminOnly, regional: false, document: '{ emailDeliveries(first: 5, filter: { status: FAILED }) { totalCount edges { node { id status } } } }' },
  // One's own choices per kind and channel.
  'Query.notificationPreferences': { expect: RULES.ownAccount, regional: false, document: '{ notificationPreferences { kind channel mode } }' },
  'Mutation.updateNotificationPreferences': {
    expect: RULES.ownAccount,
    regional: false,
    document: 'mutation { updateNotificationPreferences(preferences: [{ kind: BOOKING_CONFIRMED, channel: EMAIL, mode: DAILY }]) { kind mode } }',
  },

  // ----- notifications: announcements (counts and texts, never an address) -----
  // Read by every staff role (regional staff: their office's and those sent to their region); partners have none.
  'Query.announcements': { expect: RULES.ownAccount, regional: false, document: '{ announcements(first: 5) { totalCount edges { node { id figures { audience sent } } } } }' },
  'Query.announcement': {
    // The fixture is a draft of the republican office: regional staff read their own office's, and sent ones addressed to their region.
    expect: { ...RULES.ownAccount, staffOwn: 'OTHER_REGION', staffOther: 'OTHER_REGION' },
    regional: false,
    document: 'query($id: ID!) { announcement(id: $id) { id status } }',
    variables: async (c) => ({ id: (await c.fixtures.announcement(c.region)).id }),
  },
  // Composing: republican administrators for any region, regional staff for their own; analysts only read.
  'Query.announcementAudience': {
    expect: RULES.analyticsRegionWrite,
    regional: true,
    document: 'query($region: String!) { announcementAudience(target: { regionCodes: [$region] }) { organizations emails } }',
    variables: (c) => ({ region: c.region }),
  },
  'Mutation.createAnnouncement': {
    expect: RULES.analyticsRegionWrite,
    regional: true,
    document: 'mutation($input: CreateAnnouncementInput!) { createAnnouncement(input: $input) { id } }',
    variables: (c) => ({ input: { topic: 'EVENT', language: 'ru', title: `Матрица ${c.caller} ${Math.random().toString(36).slice(2, 8)}`, body: 'Текст.', target: { regionCodes: [c.region] } } }),
    snapshot: (c, v) => read(c.admin, '{ announcements(first: 100) { edges { node { title } } } }', {}).then((d) => JSON.stringify(d).includes(String(inputOf(v).title))),
  },
  // The fixture is the republican office's draft: regional staff change only their own office's (the notifications integration test covers those).
  'Mutation.updateAnnouncement': {
    expect: { ...RULES.analyticsRegionWrite, staffOwn: 'OTHER_REGION' },
    regional: false,
    document: 'mutation($input: UpdateAnnouncementInput!) { updateAnnouncement(input: $input) { id version } }',
    variables: async (c) => {
      const announcement = await c.fixtures.announcement(c.region);
      return { input: { id: announcement.id, version: announcement.version, title: 'Матрица өзгертілді' } };
    },
    snapshot: (c, v) => read(c.admin, 'query($id: ID!) { announcement(id: $id) { version title } }', { id: inputOf(v).id }),
  },
  'Mutation.cancelAnnouncement': {
    expect: { ...RULES.analyticsRegionWrite, staffOwn: 'OTHER_REGION' },
    regional: false,
    document: 'mutation($id: ID!) { cancelAnnouncement(id: $id) { id status } }',
    variables: async (c) => ({ id: (await c.fixtures.announcement(c.region)).id }),
    snapshot: (c, v) => read(c.admin, 'query($id: ID!) { announcement(id: $id) { status } }', { id: v.id }),
  },
  'Mutation.sendAnnouncement': {
    expect: { ...RULES.analyticsRegionWrite, staffOwn: 'OTHER_REGION' },
    regional: false,
    document: 'mutation($id: ID!) { sendAnnouncement(id: $id) { id status } }',
    variables: async (c) => ({ id: (await c.fixtures.announcement(c.region)).id }),
    snapshot: (c, v) => read(c.admin, 'query($id: ID!) { announcement(id: $id) { status } }', { id: v.id }),
  },
  // Open to whoever holds a signed link from a mail (no sign-in); a token this service did not sign is refused naming the field.
  'Mutation.unsubscribeFromAnnouncements': {
    expect: { ...RULES.ownAccount, admin: 'BAD_USER_INPUT', staffOwn: 'BAD_USER_INPUT', staffOther: 'BAD_USER_INPUT', analyst: 'BAD_USER_INPUT', anonymous: 'BAD_USER_INPUT', portal: 'BAD_USER_INPUT' },
    regional: false,
    document: 'mutation { unsubscribeFromAnnouncements(token: "not-a-signed-token") }',
  },

  // ----- identity -----
  // Anonymous callers get null: the dashboard asks who is signed in before anyone is.
  'Query.me': { expect: { ...RULES.ownAccount, anonymous: 'ok', portal: 'ok' }, regional: false, document: '{ me { id role } }' },
  'Query.staffAccounts': { expect: RULES.adminOnly, regional: false, document: '{ staffAccounts(first: 5) { edges { node { id } } } }' },
  'Query.apiKeys': { expect: RULES.adminOnly, regional: false, document: '{ apiKeys(first: 5) { edges { node { id } } } }' },
  'Query.auditLog': { expect: RULES.adminOnly, regional: false, document: '{ auditLog(first: 5) { edges { node { operation } } } }' },
  // One's own password, given the current one: a wrong one is refused naming the field, whatever the staff role.
  'Mutation.changePassword': {
    expect: { ...RULES.ownAccount, admin: 'BAD_USER_INPUT', staffOwn: 'BAD_USER_INPUT', staffOther: 'BAD_USER_INPUT', analyst: 'BAD_USER_INPUT' },
    regional: false,
    document: 'mutation { changePassword(currentPassword: "not-the-current-password", newPassword: "matrix-new-password-2026") }',
  },
  'Mutation.createStaffAccount': {
    expect: RULES.adminOnly,
    regional: false,
    document: 'mutation($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id } }',
    variables: (c) => ({ input: { email: `${c.caller.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@matrix.birge.kz`, name: 'Жаңа қызметкер', role: 'ANALYST', password: 'matrix-password-2026' } }),
    snapshot: (c, v) => read(c.admin, '{ staffAccounts(first: 200) { edges { node { email } } } }', {}).then((d) => JSON.stringify(d).includes(String(inputOf(v).email))),
  },
  'Mutation.deactivateStaffAccount': {
    expect: RULES.adminOnly,
    regional: false,
    document: 'mutation($id: ID!) { deactivateStaffAccount(id: $id) { id active } }',
    variables: async (c) => ({ id: (await c.fixtures.staffAccount()).id }),
    snapshot: (c, v) => read(c.admin, '{ staffAccounts(first: 200) { edges { node { id active } } } }', {}).then((d) => JSON.stringify(d).includes(`"id":"${String(v.id)}","active":true`)),
  },
  'Mutation.createApiKey': {
    expect: RULES.adminOnly,
    regional: false,
    document: 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }',
    variables: (c) => ({ input: { name: `Matrix key ${c.caller} ${Math.random().toString(36).slice(2, 8)}`, scopes: ['registry:read'], expiresAt: new Date(Date.now() + 86_400_000).toISOString() } }),
    snapshot: (c, v) => read(c.admin, '{ apiKeys(first: 200) { edges { node { name } } } }', {}).then((d) => JSON.stringify(d).includes(String(inputOf(v).name))),
  },
  'Mutation.revokeApiKey': {
    expect: RULES.adminOnly,
    regional: false,
    document: 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }',
    variables: async (c) => ({ id: (await c.fixtures.apiKey()).id }),
    snapshot: (c, v) => read(c.admin, '{ apiKeys(first: 200, activeOnly: true) { edges { node { id } } } }', {}).then((d) => JSON.stringify(d).includes(String(v.id))),
  },
  'Mutation.login': {
    expect: RULES.credentials,
    regional: false,
    document: 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { expiresAt } }',
    variables: (c) => ({ ...c.fixtures.adminCredentials }),
  },
  'Mutation.refreshSession': {
    expect: RULES.credentials,
    regional: false,
    document: 'mutation($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { expiresAt } }',
    variables: async (c) => ({ refreshToken: (await c.fixtures.session()).refreshToken }),
  },
  'Mutation.logout': {
    expect: RULES.credentials,
    regional: false,
    document: 'mutation($refreshToken: String!) { logout(refreshToken: $refreshToken) }',
    variables: async (c) => ({ refreshToken: (await c.fixtures.session()).refreshToken }),
  },
  // ----- registry: the directory; assistance: the grant programmes catalog -----
  ...PLATFORM_OPERATIONS,
  ...OUTREACH_OPERATIONS,
  ...EVENT_OPERATIONS,
  ...GUIDE_OPERATIONS,
  ...PORTAL_OPERATIONS,
};
