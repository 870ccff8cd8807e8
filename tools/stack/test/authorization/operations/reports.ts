import { RULES } from '../expectations';
import { inputOf, read, type CaseContext, type OperationRule } from './rule';

const reportState = (c: CaseContext, id: unknown) =>
  read(c.admin, 'query($id: ID!) { report(id: $id) { version status answers { fieldKey number text comment } history { action } comments { text } } }', { id });
const formState = (c: CaseContext, id: unknown) => read(c.admin, 'query($id: ID!) { reportForm(id: $id) { revision version title { kk } fields { key } } }', { id });

/** Analytics: periodic report forms, reports and their review. */
export const REPORT_OPERATIONS: Record<string, OperationRule> = {
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
    snapshot: (c, v) => read(c.admin, 'query($formId: ID!) { reports(first: 5, filter: { formId: $formId }) { totalCount } }', { formId: inputOf(v).formId }),
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
};
