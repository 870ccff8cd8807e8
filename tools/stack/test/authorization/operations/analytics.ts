import { RULES } from '../expectations';
import { inputOf, read, type CaseContext, type OperationRule } from './rule';

const needState = (c: CaseContext, id: unknown) =>
  read(c.admin, 'query($id: ID!) { need(id: $id) { version status theme narrative statusHistory { toStatus } comments { text } } }', { id });
const feedbackState = (c: CaseContext, id: unknown) =>
  read(c.admin, 'query($id: ID!) { feedbackThread(id: $id) { status messageCount statusChangedBy messages { edges { node { text } } } } }', { id });

/** Analytics: insights, exports, the needs register and the feedback channel. */
export const ANALYTICS_OPERATIONS: Record<string, OperationRule> = {
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
    variables: (c) => ({
      input: { regionCode: c.region, theme: 'FUNDING', kind: 'FRONT_OFFICE', narrative: `Қаржы жетпейді ${c.caller} ${Math.random().toString(36).slice(2, 8)}` },
    }),
    snapshot: (c, v) =>
      read(c.admin, 'query($regionCode: ID) { needs(first: 100, filter: { regionCode: $regionCode, theme: FUNDING }) { edges { node { narrative } } } }', {
        regionCode: c.region,
      }).then((d) => JSON.stringify(d).includes(String(inputOf(v).narrative))),
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
    variables: (c) => ({
      input: { regionCode: c.region, topic: 'REGION_OBSERVATION', subject: `Байқау ${c.caller} ${Math.random().toString(36).slice(2, 8)}`, text: 'Өңірде жаңа топтар пайда болды' },
    }),
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
};
