/** What the periodic reports' tests share: the callers, the operations and their shapes, a form's design, and a running analytics subgraph with helpers. */
import { EVENT_BUS_SCHEMA, type RunningSubgraph } from '@birge/server-kit';
import { type Identity, kazakhstanDay, type LocalizedText } from '@birge/shared-reference';
import { GraphQLTestClient } from '@birge/server-testing';
import type { AnalyticsServices } from '../../src/analytics.context';
import { ABAI, ABAI_STAFF, ADMIN, ALMATY, ASTANA, analyticsTestbed } from './analytics-testbed';

export { ABAI, ABAI_STAFF, ADMIN, ALMATY, ANALYST, ASTANA, ASTANA_STAFF, SEMEY } from './analytics-testbed';
/** A region no other test of this file reports for. */
export const SHYMKENT = '790000000';

/** The current month (Kazakhstan), a period whose report is being filled and not yet due. */
export const CURRENT_MONTH = kazakhstanDay(new Date()).slice(0, 7);

export const label = (text: string) => ({ kk: `${text} (kk)`, ru: `${text} (ru)`, en: text });

export const FORM_FIELDS = `id version revision periodType firstPeriod regionCodes dueDays onTimeWindowDays title { kk en }
  sections { key title { en } } fields { key sectionKey type required min max integer choices { key } prefillSource { key label { kk } } commentRule }
  versions { version fields { key } }`;
export const REPORT_FIELDS = `id formId formVersion regionCode period periodStart periodEnd dueOn status locked version submissionCount submittedOnTime overdue
  firstSubmittedAt acceptedBy
  answers { fieldKey type number text choices needIds comment personalDataHidden overridden prefill { figure source { key label { en } } } }
  fields { key }
  history { action fromStatus toStatus comment personalDataHidden actorId }
  comments { text side fieldKey authorId personalDataHidden }`;

export const CREATE_FORM = `mutation($input: CreateReportFormInput!) { createReportForm(input: $input) { ${FORM_FIELDS} } }`;
export const UPDATE_FORM = `mutation($input: UpdateReportFormInput!) { updateReportForm(input: $input) { ${FORM_FIELDS} } }`;
export const OPEN = `mutation($input: OpenReportInput!) { openReport(input: $input) { ${REPORT_FIELDS} } }`;
export const SAVE = `mutation($input: SaveReportDraftInput!) { saveReportDraft(input: $input) { ${REPORT_FIELDS} } }`;
export const SUBMIT = `mutation($input: SubmitReportInput!) { submitReport(input: $input) { ${REPORT_FIELDS} } }`;
export const RETURN = `mutation($input: ReturnReportInput!) { returnReport(input: $input) { ${REPORT_FIELDS} } }`;
export const ACCEPT = `mutation($input: AcceptReportInput!) { acceptReport(input: $input) { ${REPORT_FIELDS} } }`;
export const REOPEN = `mutation($input: ReopenReportInput!) { reopenReport(input: $input) { ${REPORT_FIELDS} } }`;
export const COMMENT = `mutation($input: PostReportCommentInput!) { postReportComment(input: $input) { ${REPORT_FIELDS} } }`;
export const REPORT = `query($id: ID!) { report(id: $id) { ${REPORT_FIELDS} } }`;
export const COMPLETENESS = `query($formId: ID!, $periods: [String!]) { reportingCompleteness(formId: $formId, periods: $periods) {
  periods { period dueOn counts { expected submitted onTime returned accepted overdue drafts notStarted } }
  regions { regionCode counts { expected submitted overdue } }
  cells { regionCode period state reportId submittedOnTime overdue }
  overdue { regionCode period }
  totals { expected submitted onTime returned accepted overdue drafts notStarted } } }`;

export interface Answer {
  fieldKey: string;
  type: string;
  number: number | null;
  text: string | null;
  choices: string[] | null;
  needIds: string[] | null;
  comment: string | null;
  personalDataHidden: string | null;
  overridden: boolean;
  prefill: { figure: number | null; source: { key: string; label: { en: string } } } | null;
}
export interface ReportShape {
  id: string;
  formVersion: number;
  status: string;
  locked: boolean;
  version: number;
  submissionCount: number;
  submittedOnTime: boolean | null;
  overdue: boolean;
  dueOn: string;
  answers: Answer[];
  fields: { key: string }[];
  history: { action: string; fromStatus: string | null; toStatus: string; comment: string | null; personalDataHidden: string | null; actorId: string }[];
  comments: { text: string | null; side: string; fieldKey: string | null; authorId: string; personalDataHidden: string | null }[];
}
export interface FormShape {
  id: string;
  version: number;
  revision: number;
  regionCodes: string[];
  fields: { key: string; prefillSource: { key: string } | null }[];
  versions: { version: number; fields: { key: string }[] }[];
}

/**
 * A form with a pre-filled number, a required narrative, a bounded number whose change needs a
 * comment, a choice and a needs list; `text` gives each English text its three languages.
 */
export function quarterlyDesign(overrides: Record<string, unknown> = {}, text: (en: string) => LocalizedText = label) {
  return {
    title: text('Monthly report'),
    periodType: 'MONTH',
    firstPeriod: '2025-01',
    regionCodes: [ABAI, ASTANA, ALMATY],
    dueDays: 10,
    onTimeWindowDays: 2,
    sections: [
      {
        key: 'figures',
        title: text('Figures'),
        fields: [
          { key: 'contacts', type: 'NUMBER', label: text('Contacts logged'), prefillSource: 'CONTACTS_LOGGED', integer: true, required: true },
          { key: 'events', type: 'NUMBER', label: text('Events held'), min: 0, max: 50, integer: true, commentRule: 'WHEN_MISSING_OR_CHANGED' },
        ],
      },
      {
        key: 'story',
        title: text('The region in words'),
        fields: [
          { key: 'narrative', type: 'TEXT', label: text('What happened in the region'), required: true },
          {
            key: 'mood',
            type: 'CHOICE',
            label: text('Mood'),
            choices: [
              { key: 'good', label: text('Good') },
              { key: 'bad', label: text('Bad') },
            ],
          },
          { key: 'needs', type: 'NEEDS', label: text('Needs behind it'), max: 5 },
        ],
      },
    ],
    ...overrides,
  };
}

/** Starts an analytics subgraph on its own database for the file's tests, with the helpers they share. */
export function reportsHarness() {
  const bed = analyticsTestbed();
  const as = (identity: Identity | null) => new GraphQLTestClient(bed.subgraph.url, { identity });

  const createForm = async (overrides: Record<string, unknown> = {}) =>
    (await as(ADMIN).data<{ createReportForm: FormShape }>(CREATE_FORM, { input: quarterlyDesign(overrides) })).createReportForm;
  const open = async (identity: Identity, formId: string, regionCode: string, period = CURRENT_MONTH) =>
    (await as(identity).data<{ openReport: ReportShape }>(OPEN, { input: { formId, regionCode, period } })).openReport;
  const save = async (identity: Identity, report: ReportShape, answers: Record<string, unknown>[]) =>
    (await as(identity).data<{ saveReportDraft: ReportShape }>(SAVE, { input: { id: report.id, version: report.version, answers } })).saveReportDraft;
  const answer = (report: ReportShape, key: string) => report.answers.find((a) => a.fieldKey === key) as Answer;
  const GOOD_TEXT = 'Өңірде үш жаңа бастамашыл топ құрылды, әкімдікпен кездесу өтті.';
  const complete = (report: ReportShape) =>
    save(ABAI_STAFF, report, [
      { fieldKey: 'narrative', text: GOOD_TEXT },
      { fieldKey: 'events', number: 4, comment: 'Төрт іс-шара' },
    ]);
  const jobs = async (queue: string, reportId: string) =>
    (await bed.subgraph.dataSource.query(`SELECT data FROM ${EVENT_BUS_SCHEMA}.job WHERE name = $1 AND data->'payload'->>'reportId' = $2`, [queue, reportId])) as {
      data: { name: string; payload: Record<string, unknown> };
    }[];

  return {
    get subgraph(): RunningSubgraph<AnalyticsServices> {
      return bed.subgraph;
    },
    as,
    createForm,
    open,
    save,
    answer,
    GOOD_TEXT,
    complete,
    jobs,
  };
}
