import { EVENT_BUS_SCHEMA, startSubgraph, type RunningSubgraph } from '@birge/server-kit';
import { type Identity, kazakhstanDay, Role } from '@birge/shared-reference';
import { createTestDatabase, GraphQLTestClient, type TestDatabase } from '@birge/server-testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { AnalyticsServices } from '../src/analytics.context';
import { analyticsSubgraph } from '../src/analytics.subgraph';
import { refusal } from './refusal';

const ABAI = '100000000';
const SEMEY = '101000000';
const ASTANA = '710000000';
const ALMATY = '750000000';
/** A region no other test of this file reports for. */
const SHYMKENT = '790000000';

const ADMIN: Identity = { userId: 'u-admin', role: Role.REPUBLICAN_ADMIN, regionCode: null };
const ABAI_STAFF: Identity = { userId: 'u-abai', role: Role.REGIONAL_STAFF, regionCode: ABAI };
const ASTANA_STAFF: Identity = { userId: 'u-astana', role: Role.REGIONAL_STAFF, regionCode: ASTANA };
const ANALYST: Identity = { userId: 'u-analyst', role: Role.ANALYST, regionCode: null };

/** The current month (Kazakhstan), a period whose report is being filled and not yet due. */
const CURRENT_MONTH = kazakhstanDay(new Date()).slice(0, 7);

const label = (text: string) => ({ kk: `${text} (kk)`, ru: `${text} (ru)`, en: text });

const FORM_FIELDS = `id version revision periodType firstPeriod regionCodes dueDays onTimeWindowDays title { kk en }
  sections { key title { en } } fields { key sectionKey type required min max integer choices { key } prefillSource { key label { kk } } commentRule }
  versions { version fields { key } }`;
const REPORT_FIELDS = `id formId formVersion regionCode period periodStart periodEnd dueOn status locked version submissionCount submittedOnTime overdue
  firstSubmittedAt acceptedBy
  answers { fieldKey type number text choices needIds comment personalDataHidden overridden prefill { figure source { key label { en } } } }
  fields { key }
  history { action fromStatus toStatus comment personalDataHidden actorId }
  comments { text side fieldKey authorId personalDataHidden }`;

const CREATE_FORM = `mutation($input: CreateReportFormInput!) { createReportForm(input: $input) { ${FORM_FIELDS} } }`;
const UPDATE_FORM = `mutation($input: UpdateReportFormInput!) { updateReportForm(input: $input) { ${FORM_FIELDS} } }`;
const OPEN = `mutation($input: OpenReportInput!) { openReport(input: $input) { ${REPORT_FIELDS} } }`;
const SAVE = `mutation($input: SaveReportDraftInput!) { saveReportDraft(input: $input) { ${REPORT_FIELDS} } }`;
const SUBMIT = `mutation($input: SubmitReportInput!) { submitReport(input: $input) { ${REPORT_FIELDS} } }`;
const RETURN = `mutation($input: ReturnReportInput!) { returnReport(input: $input) { ${REPORT_FIELDS} } }`;
const ACCEPT = `mutation($input: AcceptReportInput!) { acceptReport(input: $input) { ${REPORT_FIELDS} } }`;
const REOPEN = `mutation($input: ReopenReportInput!) { reopenReport(input: $input) { ${REPORT_FIELDS} } }`;
const COMMENT = `mutation($input: PostReportCommentInput!) { postReportComment(input: $input) { ${REPORT_FIELDS} } }`;
const REPORT = `query($id: ID!) { report(id: $id) { ${REPORT_FIELDS} } }`;
const COMPLETENESS = `query($formId: ID!, $periods: [String!]) { reportingCompleteness(formId: $formId, periods: $periods) {
  periods { period dueOn counts { expected submitted onTime returned accepted overdue drafts notStarted } }
  regions { regionCode counts { expected submitted overdue } }
  cells { regionCode period state reportId submittedOnTime overdue }
  overdue { regionCode period }
  totals { expected submitted onTime returned accepted overdue drafts notStarted } } }`;

interface Answer {
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
interface ReportShape {
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
interface FormShape {
  id: string;
  version: number;
  revision: number;
  regionCodes: string[];
  fields: { key: string; prefillSource: { key: string } | null }[];
  versions: { version: number; fields: { key: string }[] }[];
}

/** A form with a pre-filled number, a required narrative, a bounded number whose change needs a comment, a choice and a needs list. */
function quarterlyDesign(overrides: Record<string, unknown> = {}) {
  return {
    title: label('Monthly report'),
    periodType: 'MONTH',
    firstPeriod: '2025-01',
    regionCodes: [ABAI, ASTANA, ALMATY],
    dueDays: 10,
    onTimeWindowDays: 2,
    sections: [
      {
        key: 'figures',
        title: label('Figures'),
        fields: [
          { key: 'contacts', type: 'NUMBER', label: label('Contacts logged'), prefillSource: 'CONTACTS_LOGGED', integer: true, required: true },
          { key: 'events', type: 'NUMBER', label: label('Events held'), min: 0, max: 50, integer: true, commentRule: 'WHEN_MISSING_OR_CHANGED' },
        ],
      },
      {
        key: 'story',
        title: label('The region in words'),
        fields: [
          { key: 'narrative', type: 'TEXT', label: label('What happened in the region'), required: true },
          { key: 'mood', type: 'CHOICE', label: label('Mood'), choices: [{ key: 'good', label: label('Good') }, { key: 'bad', label: label('Bad') }] },
          { key: 'needs', type: 'NEEDS', label: label('Needs behind it'), max: 5 },
        ],
      },
    ],
    ...overrides,
  };
}

describe('analytics subgraph: periodic report forms, reports and their review', () => {
  let db: TestDatabase;
  let subgraph: RunningSubgraph<AnalyticsServices>;
  const as = (identity: Identity | null) => new GraphQLTestClient(subgraph.url, { identity });

  beforeAll(async () => {
    db = await createTestDatabase();
    subgraph = await startSubgraph(analyticsSubgraph, { DATABASE_URL: db.url, PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'test' });
  });

  afterAll(async () => {
    await subgraph?.stop();
    await db?.drop();
  });

  const createForm = async (overrides: Record<string, unknown> = {}) => (await as(ADMIN).data<{ createReportForm: FormShape }>(CREATE_FORM, { input: quarterlyDesign(overrides) })).createReportForm;
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
    (await subgraph.dataSource.query(`SELECT data FROM ${EVENT_BUS_SCHEMA}.job WHERE name = $1 AND data->'payload'->>'reportId' = $2`, [queue, reportId])) as {
      data: { name: string; payload: Record<string, unknown> };
    }[];

  describe('designing forms', () => {
    it('lists every problem of a design at once, each naming its field', async () => {
      const design = quarterlyDesign({
        sections: [
          {
            key: 'figures',
            title: label('Figures'),
            fields: [
              { key: 'events', type: 'NUMBER', label: label('Events'), min: 10, max: 5 },
              { key: 'events', type: 'TEXT', label: label('Again'), prefillSource: 'CONTACTS_LOGGED' },
              { key: 'mood', type: 'CHOICE', label: label('Mood') },
              { key: 'Bad Key', type: 'NUMBER', label: { kk: '  ', ru: 'x', en: 'x' }, prefillSource: 'NO_SUCH_FIGURE' },
            ],
          },
        ],
      });
      const { errors } = await as(ADMIN).request(CREATE_FORM, { input: design });
      expect(refusal(errors)).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [
          'sections.0.fields.0.max:BOUNDS_INCONSISTENT',
          'sections.0.fields.1.key:DUPLICATE_KEY',
          'sections.0.fields.1.prefillSource:NOT_FOR_TYPE',
          'sections.0.fields.2.choices:REQUIRED',
          'sections.0.fields.3.key:INVALID_KEY',
          'sections.0.fields.3.prefillSource:UNKNOWN_PREFILL_SOURCE',
          'sections.0.fields.3.label.kk:REQUIRED',
        ],
      });
      expect((await subgraph.dataSource.query('SELECT count(*)::int AS n FROM analytics.report_form'))[0].n).toBe(0);
    });

    it('lets only republican administrators design forms', async () => {
      const { errors } = await as(ABAI_STAFF).request(CREATE_FORM, { input: quarterlyDesign() });
      expect(refusal(errors)).toEqual({ code: 'FORBIDDEN', reason: 'ADMIN_ONLY' });
      expect(refusal((await as(ANALYST).request(CREATE_FORM, { input: quarterlyDesign() })).errors)).toEqual({ code: 'FORBIDDEN', reason: 'READ_ONLY_ROLE' });
    });

    it('expects every region when none are named, and names the sources of pre-filled fields', async () => {
      const form = await createForm({ regionCodes: null });
      expect(form.regionCodes).toHaveLength(20);
      expect(form.fields.find((f) => f.key === 'contacts')?.prefillSource).toMatchObject({ key: 'CONTACTS_LOGGED' });
      const sources = await as(ANALYST).data<{ reportPrefillSources: { key: string; label: { kk: string } }[] }>('{ reportPrefillSources { key label { kk } } }');
      expect(sources.reportPrefillSources.map((s) => s.key)).toEqual(expect.arrayContaining(['CONTACTS_LOGGED', 'DISTRICTS_CONTACTED', 'ORGANIZATIONS_REGISTERED', 'REQUESTS_SUBMITTED']));
    });

    it('changes a form in place until a report uses it, then makes a new version the report does not follow', async () => {
      const form = await createForm();
      const renamed = quarterlyDesign().sections.map((s) => ({ ...s, fields: s.fields.map((f) => (f.key === 'events' ? { ...f, max: 60 } : f)) }));
      const inPlace = (await as(ADMIN).data<{ updateReportForm: FormShape }>(UPDATE_FORM, { input: { id: form.id, revision: form.revision, sections: renamed } })).updateReportForm;
      expect(inPlace).toMatchObject({ version: 1, versions: [{ version: 1 }] });

      const report = await open(ABAI_STAFF, form.id, ABAI);
      expect(report.formVersion).toBe(1);
      const extended = [...renamed, { key: 'extra', title: label('Extra'), fields: [{ key: 'volunteers', type: 'NUMBER', label: label('Volunteers') }] }];
      const next = (await as(ADMIN).data<{ updateReportForm: FormShape }>(UPDATE_FORM, { input: { id: form.id, revision: inPlace.revision, sections: extended } })).updateReportForm;
      expect(next.version).toBe(2);
      expect(next.versions.map((v) => v.version)).toEqual([1, 2]);

      const kept = (await as(ABAI_STAFF).data<{ report: ReportShape }>(REPORT, { id: report.id })).report;
      expect(kept.formVersion).toBe(1);
      expect(kept.fields.map((f) => f.key)).not.toContain('volunteers');
      const newer = await open(ASTANA_STAFF, form.id, ASTANA);
      expect(newer.formVersion).toBe(2);
      expect(newer.fields.map((f) => f.key)).toContain('volunteers');

      const stale = await as(ADMIN).request(UPDATE_FORM, { input: { id: form.id, revision: inPlace.revision, dueDays: 3 } });
      expect(refusal(stale.errors)).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
      const periodType = await as(ADMIN).request(UPDATE_FORM, { input: { id: form.id, revision: next.revision, periodType: 'YEAR' } });
      expect(refusal(periodType.errors)).toMatchObject({ code: 'CONFLICT', reason: 'FORM_IN_USE' });
    });
  });

  describe('filling', () => {
    it("pre-fills a figure with the region's count for the period, and wants a comment to override it", async () => {
      const form = await createForm();
      const insert = (region: string, day: string) =>
        subgraph.dataSource.query(
          `INSERT INTO analytics.contact_fact (contact_id, organization_id, region_code, district_code, kind, occurred_on, told_about_offer) VALUES ($1, $2, $3, $4, 'VISIT', $5, true)`,
          [randomUUID(), randomUUID(), region, region === ABAI ? SEMEY : null, day],
        );
      await insert(ABAI, `${CURRENT_MONTH}-01`);
      await insert(ABAI, `${CURRENT_MONTH}-01`);
      await insert(ABAI, '2024-12-31');
      await insert(ASTANA, `${CURRENT_MONTH}-01`);
      const report = await open(ABAI_STAFF, form.id, ABAI);
      expect(answer(report, 'contacts')).toMatchObject({ number: 2, overridden: false, prefill: { figure: 2, source: { key: 'CONTACTS_LOGGED', label: { en: 'Contacts logged' } } } });
      expect(report.history).toEqual([expect.objectContaining({ action: 'OPENED', toStatus: 'DRAFT', actorId: 'u-abai' })]);

      const overridden = await save(ABAI_STAFF, await complete(report), [{ fieldKey: 'contacts', number: 5 }]);
      expect(answer(overridden, 'contacts')).toMatchObject({ number: 5, overridden: true, prefill: { figure: 2 } });
      const { errors } = await as(ABAI_STAFF).request(SUBMIT, { input: { id: overridden.id, version: overridden.version } });
      expect(refusal(errors).fields).toEqual(['answers.contacts.comment:OVERRIDE_NEEDS_COMMENT']);
      const explained = await save(ABAI_STAFF, overridden, [{ fieldKey: 'contacts', number: 5, comment: 'Үш кездесу журналға енбей қалды' }]);
      const submitted = (await as(ABAI_STAFF).data<{ submitReport: ReportShape }>(SUBMIT, { input: { id: explained.id, version: explained.version } })).submitReport;
      expect(submitted.status).toBe('SUBMITTED');
    });

    it('pre-fills every source of the registry from the read model, counted over the period in Kazakhstan', async () => {
      const KARAGANDA = '350000000';
      const q = (sql: string, values: unknown[]) => subgraph.dataSource.query(sql, values);
      const request = (type: string, status: string, submitted: string, resolved: string | null, rating: number | null) =>
        q(
          `INSERT INTO analytics.request_fact (request_id, organization_id, region_code, type, subtype, status, submitted_at, resolved_at, rating)
           VALUES ($1, $2, $3, $4, 'COOPERATION', $5, $6, $7, $8)`,
          [randomUUID(), randomUUID(), KARAGANDA, type, status, submitted, resolved, rating],
        );
      // March 2025 in Kazakhstan runs from 2025-02-28T19:00Z to 2025-03-31T19:00Z.
      await request('ADMINISTRATIVE', 'RESOLVED', '2025-03-05T06:00:00Z', '2025-03-07T06:00:00Z', 4);
      await request('ADMINISTRATIVE', 'RESOLVED', '2025-03-10T06:00:00Z', '2025-03-14T06:00:00Z', null);
      await request('CONSULTATIVE', 'NEW', '2025-03-31T18:59:00Z', null, null);
      await request('CONSULTATIVE', 'NEW', '2025-03-31T19:00:00Z', null, null);
      const organizationId = randomUUID();
      await q(`INSERT INTO analytics.organization_fact (organization_id, kind, region_code, registered_at) VALUES ($1, 'NGO', $2, '2025-03-02T06:00:00Z')`, [organizationId, KARAGANDA]);
      await q(`INSERT INTO analytics.organization_verification (organization_id, status, verified_at, changed_at) VALUES ($1, 'VERIFIED', '2025-03-03T06:00:00Z', '2025-03-03T06:00:00Z')`, [organizationId]);
      for (const district of ['351000000', '352000000']) {
        await q(
          `INSERT INTO analytics.contact_fact (contact_id, organization_id, region_code, district_code, kind, occurred_on, told_about_offer) VALUES ($1, $2, $3, $4, 'VISIT', '2025-03-15', true)`,
          [randomUUID(), organizationId, KARAGANDA, district],
        );
      }
      for (const [status, attended] of [['SCHEDULED', 7], ['CANCELLED', 0]] as const) {
        await q(
          `INSERT INTO analytics.training_fact (training_id, region_code, starts_at, status, seats, registered, attended, changed_at) VALUES ($1, $2, '2025-03-10T06:00:00Z', $3, 20, 9, $4, now())`,
          [randomUUID(), KARAGANDA, status, attended],
        );
      }
      for (const status of ['CONFIRMED', 'CANCELLED']) {
        await q(
          `INSERT INTO analytics.booking_fact (booking_id, resource_id, resource_kind, organization_id, region_code, starts_at, ends_at, status) VALUES ($1, $2, 'ROOM', $3, $4, '2025-03-12T06:00:00Z', '2025-03-12T08:00:00Z', $5)`,
          [randomUUID(), randomUUID(), organizationId, KARAGANDA, status],
        );
      }

      const { reportPrefillSources } = await as(ADMIN).data<{ reportPrefillSources: { key: string }[] }>('{ reportPrefillSources { key } }');
      const fields = reportPrefillSources.map((source) => ({ key: source.key.toLowerCase(), type: 'NUMBER', label: label(source.key), prefillSource: source.key }));
      const form = await createForm({ regionCodes: [KARAGANDA], sections: [{ key: 'all', title: label('All'), fields }] });
      const report = await open(ADMIN, form.id, KARAGANDA, '2025-03');
      const figures = Object.fromEntries(report.answers.map((a) => [a.prefill?.source.key, a.prefill?.figure]));
      expect(figures).toEqual({
        CONTACTS_LOGGED: 2,
        DISTRICTS_CONTACTED: 2,
        ORGANIZATIONS_REGISTERED: 1,
        ORGANIZATIONS_VERIFIED: 1,
        REQUESTS_SUBMITTED: 3,
        REQUESTS_SUBMITTED_ADMINISTRATIVE: 2,
        REQUESTS_SUBMITTED_CONSULTATIVE: 1,
        REQUESTS_SUBMITTED_INFORMATIONAL: 0,
        REQUESTS_RESOLVED: 2,
        REQUESTS_DECLINED: 0,
        REQUESTS_STILL_OPEN: 1,
        REQUESTS_RESOLVED_IN_PERIOD: 2,
        MEDIAN_DAYS_TO_RESOLUTION: 3,
        REQUEST_RATING_AVERAGE: 4,
        TRAININGS_HELD: 1,
        TRAINING_PARTICIPANTS: 7,
        BOOKINGS: 1,
      });
      // A month without any resolution has no median to tell.
      const empty = await open(ADMIN, form.id, KARAGANDA, '2025-01');
      expect(empty.answers.find((a) => a.prefill?.source.key === 'MEDIAN_DAYS_TO_RESOLUTION')).toMatchObject({ number: null, prefill: { figure: null } });
    });

    it('keeps partial drafts, checks only their shape, and refuses a stale version without losing the stored answers', async () => {
      const form = await createForm();
      const report = await open(ABAI_STAFF, form.id, ABAI);
      const partial = await save(ABAI_STAFF, report, [{ fieldKey: 'narrative', text: 'Жартылай' }, { fieldKey: 'events', number: 500 }]);
      expect(answer(partial, 'narrative').text).toBe('Жартылай');
      expect(answer(partial, 'events').number).toBe(500);

      const wrong = await as(ABAI_STAFF).request(SAVE, {
        input: { id: partial.id, version: partial.version, answers: [{ fieldKey: 'events', text: 'four' }, { fieldKey: 'mood', choices: ['sad'] }, { fieldKey: 'nope', number: 1 }] },
      });
      expect(refusal(wrong.errors).fields).toEqual(['answers.0.text:WRONG_TYPE', 'answers.1.choices.0:UNKNOWN_CHOICE', 'answers.2.fieldKey:UNKNOWN_FIELD']);
      const stale = await as(ABAI_STAFF).request(SAVE, { input: { id: partial.id, version: report.version, answers: [{ fieldKey: 'events', number: 1 }] } });
      expect(refusal(stale.errors)).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
      const stored = (await as(ABAI_STAFF).data<{ report: ReportShape }>(REPORT, { id: report.id })).report;
      expect(answer(stored, 'events').number).toBe(500);
      expect(answer(stored, 'narrative').text).toBe('Жартылай');

      const otherNeed = (await subgraph.dataSource.query(
        `INSERT INTO analytics.need (region_code, theme, kind, narrative, first_noticed_on, status, created_by, version) VALUES ($1, 'FUNDING', 'MOVEMENT', 'x', '2025-01-01', 'OPEN', 'u', 1) RETURNING id`,
        [ASTANA],
      )) as { id: string }[];
      const needs = await as(ABAI_STAFF).request(SAVE, { input: { id: stored.id, version: stored.version, answers: [{ fieldKey: 'needs', needIds: [otherNeed[0].id] }] } });
      expect(refusal(needs.errors).fields).toEqual(['answers.needs.needIds:UNKNOWN_NEED']);
    });

    it("links the region's needs, and follows fresh figures on request without touching an overridden one", async () => {
      const form = await createForm({ regionCodes: [SHYMKENT] });
      const [need] = (await subgraph.dataSource.query(
        `INSERT INTO analytics.need (region_code, theme, kind, narrative, first_noticed_on, status, created_by, version) VALUES ($1, 'FUNDING', 'MOVEMENT', 'Қаржы жоқ', '2025-01-01', 'OPEN', 'u', 1) RETURNING id`,
        [SHYMKENT],
      )) as { id: string }[];
      const report = await open(ADMIN, form.id, SHYMKENT);
      expect(answer(report, 'contacts').number).toBe(0);
      const linked = await save(ADMIN, report, [{ fieldKey: 'needs', needIds: [need.id] }]);
      const read = await as(ANALYST).data<{ report: { answers: { fieldKey: string; needs: { id: string; theme: string; narrative: string | null }[] }[] } }>(
        'query($id: ID!) { report(id: $id) { answers { fieldKey needs { id theme narrative } } } }',
        { id: linked.id },
      );
      expect(read.report.answers.find((a) => a.fieldKey === 'needs')?.needs).toEqual([{ id: need.id, theme: 'FUNDING', narrative: null }]);

      await subgraph.dataSource.query(
        `INSERT INTO analytics.contact_fact (contact_id, organization_id, region_code, district_code, kind, occurred_on, told_about_offer) VALUES ($1, $2, $3, NULL, 'CALL', $4, true)`,
        [randomUUID(), randomUUID(), SHYMKENT, `${CURRENT_MONTH}-01`],
      );
      const refreshed = (await as(ADMIN).data<{ saveReportDraft: ReportShape }>(SAVE, { input: { id: linked.id, version: linked.version, answers: [], refreshPrefill: true } })).saveReportDraft;
      expect(answer(refreshed, 'contacts')).toMatchObject({ number: 1, overridden: false, prefill: { figure: 1 } });
      const own = await save(ADMIN, refreshed, [{ fieldKey: 'contacts', number: 7, comment: 'Журналға енбеген қоңыраулар' }]);
      await subgraph.dataSource.query(
        `INSERT INTO analytics.contact_fact (contact_id, organization_id, region_code, district_code, kind, occurred_on, told_about_offer) VALUES ($1, $2, $3, NULL, 'CALL', $4, true)`,
        [randomUUID(), randomUUID(), SHYMKENT, `${CURRENT_MONTH}-01`],
      );
      const again = (await as(ADMIN).data<{ saveReportDraft: ReportShape }>(SAVE, { input: { id: own.id, version: own.version, answers: [], refreshPrefill: true } })).saveReportDraft;
      expect(answer(again, 'contacts')).toMatchObject({ number: 7, overridden: true, prefill: { figure: 2 } });
    });

    it('refuses a submission on substance, listing every problem and the field keys', async () => {
      const form = await createForm();
      const report = await open(ABAI_STAFF, form.id, ABAI);
      const placeholder = await save(ABAI_STAFF, report, [{ fieldKey: 'narrative', text: 'нет данных' }, { fieldKey: 'events', number: 51 }]);
      const { errors } = await as(ABAI_STAFF).request(SUBMIT, { input: { id: placeholder.id, version: placeholder.version } });
      expect(refusal(errors)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REPORT_INCOMPLETE', fields: ['answers.events:ABOVE_MAX', 'answers.narrative:PLACEHOLDER'] });
      expect(errors?.[0].extensions?.fieldKeys).toEqual(['events', 'narrative']);

      for (const text of ['ok', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'What happened in the region', 'Lorem ipsum dolor sit amet, consectetur']) {
        const again = (await as(ABAI_STAFF).data<{ report: ReportShape }>(REPORT, { id: report.id })).report;
        const saved = await save(ABAI_STAFF, again, [{ fieldKey: 'narrative', text }, { fieldKey: 'events', number: 3 }]);
        const refused = await as(ABAI_STAFF).request(SUBMIT, { input: { id: saved.id, version: saved.version } });
        expect(refusal(refused.errors).fields).toHaveLength(1);
        expect(refusal(refused.errors).fields?.[0]).toMatch(/^answers\.narrative:(PLACEHOLDER|TOO_SHORT|REPEATED_CHARACTERS|COPIES_QUESTION)$/);
      }
      const row = (await subgraph.dataSource.query('SELECT status, submission_count FROM analytics.report WHERE id = $1', [report.id]))[0];
      expect(row).toEqual({ status: 'DRAFT', submission_count: 0 });
    });
  });

  describe('review', () => {
    it('walks submit -> return -> resubmit -> accept (locked) -> reopen, with history, thread and events', async () => {
      const form = await createForm();
      const report = await complete(await open(ABAI_STAFF, form.id, ABAI));
      const submitted = (await as(ABAI_STAFF).data<{ submitReport: ReportShape }>(SUBMIT, { input: { id: report.id, version: report.version } })).submitReport;
      expect(submitted).toMatchObject({ status: 'SUBMITTED', submissionCount: 1, submittedOnTime: true, overdue: false });
      const [event] = await jobs('notifications.report-submitted', report.id);
      expect(event.data).toMatchObject({
        name: 'analytics.report-submitted',
        payload: { reportId: report.id, formId: form.id, regionCode: ABAI, period: CURRENT_MONTH, periodType: 'MONTH', actorId: 'u-abai', onTime: true, submissionCount: 1, formTitle: { en: 'Monthly report' } },
      });

      const whileSubmitted = await as(ABAI_STAFF).request(SAVE, { input: { id: report.id, version: submitted.version, answers: [{ fieldKey: 'events', number: 1 }] } });
      expect(refusal(whileSubmitted.errors)).toMatchObject({ code: 'CONFLICT', reason: 'REPORT_SUBMITTED' });
      const byStaff = await as(ABAI_STAFF).request(RETURN, { input: { id: report.id, version: submitted.version, comment: 'Өзім қайтарамын' } });
      expect(refusal(byStaff.errors)).toEqual({ code: 'FORBIDDEN', reason: 'ADMIN_ONLY' });

      const returned = (await as(ADMIN).data<{ returnReport: ReportShape }>(RETURN, { input: { id: report.id, version: submitted.version, comment: 'Іс-шаралар санын тексеріңіз' } })).returnReport;
      expect(returned.status).toBe('RETURNED');
      expect(returned.comments).toEqual([expect.objectContaining({ text: 'Іс-шаралар санын тексеріңіз', side: 'REPUBLICAN_OFFICE', authorId: 'u-admin' })]);
      expect(await jobs('notifications.report-returned', report.id)).toHaveLength(1);

      const replied = (await as(ABAI_STAFF).data<{ postReportComment: ReportShape }>(COMMENT, { input: { id: report.id, text: 'Түзетеміз', fieldKey: 'events' } })).postReportComment;
      expect(replied.comments.map((c) => [c.side, c.fieldKey])).toEqual([['REPUBLICAN_OFFICE', null], ['REGION', 'events']]);

      // "events" must explain a change since it was submitted; its old comment stays until it is replaced.
      const changed = await save(ABAI_STAFF, replied, [{ fieldKey: 'events', number: 6 }]);
      const unexplained = await as(ABAI_STAFF).request(SUBMIT, { input: { id: changed.id, version: changed.version } });
      expect(refusal(unexplained.errors).fields).toEqual(['answers.events.comment:CHANGE_NEEDS_COMMENT']);
      const explained = await save(ABAI_STAFF, changed, [{ fieldKey: 'events', number: 6, comment: 'Екі іс-шара кейін тіркелді' }]);
      const resubmitted = (await as(ABAI_STAFF).data<{ submitReport: ReportShape }>(SUBMIT, { input: { id: report.id, version: explained.version } })).submitReport;
      expect(resubmitted).toMatchObject({ status: 'SUBMITTED', submissionCount: 2 });

      const accepted = (await as(ADMIN).data<{ acceptReport: ReportShape }>(ACCEPT, { input: { id: report.id, version: resubmitted.version } })).acceptReport;
      expect(accepted).toMatchObject({ status: 'ACCEPTED', locked: true });
      expect(await jobs('notifications.report-accepted', report.id)).toHaveLength(1);

      for (const [identity, document, input] of [
        [ABAI_STAFF, SAVE, { id: report.id, version: accepted.version, answers: [{ fieldKey: 'events', number: 1 }] }],
        [ABAI_STAFF, SUBMIT, { id: report.id, version: accepted.version }],
        [ADMIN, RETURN, { id: report.id, version: accepted.version, comment: 'Қайта' }],
        [ADMIN, ACCEPT, { id: report.id, version: accepted.version }],
        [ABAI_STAFF, COMMENT, { id: report.id, text: 'Тағы бір сөз' }],
      ] as const) {
        expect(refusal((await as(identity).request(document, { input })).errors)).toMatchObject({ code: 'CONFLICT', reason: 'REPORT_LOCKED' });
      }
      const staffReopen = await as(ABAI_STAFF).request(REOPEN, { input: { id: report.id, version: accepted.version, reason: 'Қате' } });
      expect(refusal(staffReopen.errors)).toEqual({ code: 'FORBIDDEN', reason: 'ADMIN_ONLY' });

      const reopened = (await as(ADMIN).data<{ reopenReport: ReportShape }>(REOPEN, { input: { id: report.id, version: accepted.version, reason: 'Аудит қатені тапты' } })).reopenReport;
      expect(reopened).toMatchObject({ status: 'RETURNED', locked: false });
      expect(reopened.history.map((h) => [h.action, h.fromStatus, h.toStatus, h.comment, h.actorId])).toEqual([
        ['OPENED', null, 'DRAFT', null, 'u-abai'],
        ['SUBMITTED', 'DRAFT', 'SUBMITTED', null, 'u-abai'],
        ['RETURNED', 'SUBMITTED', 'RETURNED', 'Іс-шаралар санын тексеріңіз', 'u-admin'],
        ['SUBMITTED', 'RETURNED', 'SUBMITTED', null, 'u-abai'],
        ['ACCEPTED', 'SUBMITTED', 'ACCEPTED', null, 'u-admin'],
        ['REOPENED', 'ACCEPTED', 'RETURNED', 'Аудит қатені тапты', 'u-admin'],
      ]);
      expect(await jobs('notifications.report-reopened', report.id)).toHaveLength(1);
    });

    it('keeps another region out and shows analysts the figures without the free text', async () => {
      const form = await createForm();
      const report = await complete(await open(ABAI_STAFF, form.id, ABAI));
      await as(ABAI_STAFF).data(COMMENT, { input: { id: report.id, text: 'Директор Асқаров айтты' } });
      const other = await as(ASTANA_STAFF).request(REPORT, { id: report.id });
      expect(refusal(other.errors)).toEqual({ code: 'FORBIDDEN', reason: 'OTHER_REGION' });
      const otherSave = await as(ASTANA_STAFF).request(SAVE, { input: { id: report.id, version: report.version, answers: [] } });
      expect(refusal(otherSave.errors)).toEqual({ code: 'FORBIDDEN', reason: 'OTHER_REGION' });

      const seen = (await as(ANALYST).data<{ report: ReportShape }>(REPORT, { id: report.id })).report;
      expect(answer(seen, 'narrative')).toMatchObject({ text: null, comment: null, personalDataHidden: 'PERSONAL_DATA_HIDDEN_FOR_ROLE' });
      expect(answer(seen, 'events')).toMatchObject({ number: 4, comment: null });
      expect(seen.comments).toEqual([expect.objectContaining({ text: null, personalDataHidden: 'PERSONAL_DATA_HIDDEN_FOR_ROLE', side: 'REGION' })]);
      const analystSave = await as(ANALYST).request(SAVE, { input: { id: report.id, version: report.version, answers: [] } });
      expect(refusal(analystSave.errors)).toEqual({ code: 'FORBIDDEN', reason: 'READ_ONLY_ROLE' });
    });
  });

  describe('lists', () => {
    it('loads a page of reports with their forms, fields, history and threads in the same statements, whatever the page size', async () => {
      const form = await createForm({ regionCodes: null });
      for (const region of ['100000000', '710000000', '750000000', '790000000']) {
        const report = await open(ADMIN, form.id, region);
        await as(ADMIN).data(COMMENT, { input: { id: report.id, text: 'Пікір' } });
      }
      const PAGE = `query($first: Int, $formId: ID) { reports(first: $first, filter: { formId: $formId }) {
        totalCount edges { node { id form { id title { en } } fields { key } sections { key } history { action } comments { text } answers { fieldKey prefill { figure } } } } } }`;
      type Page = { reports: { totalCount: number; edges: { node: { history: unknown[]; comments: unknown[]; fields: unknown[] } }[] } };
      const counted: number[] = [];
      for (const first of [2, 4]) {
        const query = jest.spyOn(Client.prototype, 'query');
        try {
          const page = await as(ADMIN).data<Page>(PAGE, { first, formId: form.id });
          expect(page.reports.totalCount).toBe(4);
          expect(page.reports.edges).toHaveLength(first);
          for (const { node } of page.reports.edges) {
            expect(node.history).toHaveLength(1);
            expect(node.comments).toHaveLength(1);
            expect(node.fields).toHaveLength(5);
          }
          counted.push(query.mock.calls.map(([sql]: unknown[]) => (typeof sql === 'string' ? sql : String((sql as { text?: unknown } | null)?.text))).filter((sql) => /analytics\.|"report/.test(sql)).length);
        } finally {
          query.mockRestore();
        }
      }
      // The count, the page, its forms and versions, the histories, the threads, the forms with their current versions, the reports' own versions: one statement each, for 2 reports as for 4.
      expect(counted).toEqual([9, 9]);
    });
  });

  describe('feedback links', () => {
    it("lets a feedback thread link its region's reports, and only those", async () => {
      const form = await createForm();
      const abai = await open(ABAI_STAFF, form.id, ABAI);
      const astana = await open(ASTANA_STAFF, form.id, ASTANA);
      const START = `mutation($input: StartFeedbackThreadInput!) { startFeedbackThread(input: $input) { id links { kind targetId report { id period status } } } }`;
      const input = { regionCode: ABAI, topic: 'QUESTION', subject: 'Есеп туралы', text: 'Есептегі сандар туралы сұрақ' };
      const started = await as(ABAI_STAFF).data<{ startFeedbackThread: { links: unknown[] } }>(START, { input: { ...input, reportIds: [abai.id] } });
      expect(started.startFeedbackThread.links).toEqual([{ kind: 'REPORT', targetId: abai.id, report: { id: abai.id, period: CURRENT_MONTH, status: 'DRAFT' } }]);
      const refused = await as(ADMIN).request(START, { input: { ...input, reportIds: [astana.id] } });
      expect(refusal(refused.errors)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['reportIds:REPORT_OF_OTHER_REGION'] });
    });
  });

  describe('completeness', () => {
    it('counts expected, submitted, on time, returned, accepted and overdue per region and period', async () => {
      const form = await createForm();
      // January 2025 is long due: Abai submits late, Astana's draft is overdue, Almaty never opened.
      const late = await complete(await open(ABAI_STAFF, form.id, ABAI, '2025-01'));
      await as(ABAI_STAFF).data(SUBMIT, { input: { id: late.id, version: late.version } });
      await open(ASTANA_STAFF, form.id, ASTANA, '2025-01');
      // This month: Abai on time and accepted; Astana on time and returned; Almaty not yet due.
      const onTime = await complete(await open(ABAI_STAFF, form.id, ABAI));
      const accepted = (await as(ABAI_STAFF).data<{ submitReport: ReportShape }>(SUBMIT, { input: { id: onTime.id, version: onTime.version } })).submitReport;
      await as(ADMIN).data(ACCEPT, { input: { id: accepted.id, version: accepted.version } });
      const astana = await open(ASTANA_STAFF, form.id, ASTANA);
      const astanaDone = await save(ASTANA_STAFF, astana, [{ fieldKey: 'narrative', text: GOOD_TEXT }, { fieldKey: 'events', number: 1, comment: 'Бір' }]);
      const astanaSubmitted = (await as(ASTANA_STAFF).data<{ submitReport: ReportShape }>(SUBMIT, { input: { id: astanaDone.id, version: astanaDone.version } })).submitReport;
      await as(ADMIN).data(RETURN, { input: { id: astanaSubmitted.id, version: astanaSubmitted.version, comment: 'Толықтырыңыз' } });

      type Counts = Record<string, number>;
      const result = (
        await as(ANALYST).data<{
          reportingCompleteness: {
            periods: { period: string; counts: Counts }[];
            regions: { regionCode: string; counts: Counts }[];
            cells: { regionCode: string; period: string; state: string; submittedOnTime: boolean | null; overdue: boolean }[];
            overdue: { regionCode: string; period: string }[];
            totals: Counts;
          };
        }>(COMPLETENESS, { formId: form.id, periods: [CURRENT_MONTH, '2025-01'] })
      ).reportingCompleteness;
      expect(result.periods.map((p) => p.period)).toEqual(['2025-01', CURRENT_MONTH]);
      expect(result.periods[0].counts).toEqual({ expected: 3, submitted: 1, onTime: 0, returned: 0, accepted: 0, overdue: 2, drafts: 1, notStarted: 1 });
      expect(result.periods[1].counts).toEqual({ expected: 3, submitted: 2, onTime: 2, returned: 1, accepted: 1, overdue: 0, drafts: 0, notStarted: 1 });
      expect(result.overdue).toEqual([
        { regionCode: ASTANA, period: '2025-01' },
        { regionCode: ALMATY, period: '2025-01' },
      ].sort((a, b) => a.regionCode.localeCompare(b.regionCode)));
      expect(result.cells.find((c) => c.regionCode === ABAI && c.period === '2025-01')).toMatchObject({ state: 'SUBMITTED', submittedOnTime: false, overdue: false });
      expect(result.regions.find((r) => r.regionCode === ABAI)?.counts).toEqual({ expected: 2, submitted: 2, overdue: 0 });
      expect(result.totals).toMatchObject({ expected: 6, submitted: 3, onTime: 2, overdue: 2 });

      const staffView = (await as(ASTANA_STAFF).data<{ reportingCompleteness: { cells: { regionCode: string }[] } }>(COMPLETENESS, { formId: form.id, periods: ['2025-01'] }))
        .reportingCompleteness;
      expect(staffView.cells.map((c) => c.regionCode)).toEqual([ASTANA]);
      const wrongPeriod = await as(ADMIN).request(COMPLETENESS, { formId: form.id, periods: ['2025-Q1'] });
      expect(refusal(wrongPeriod.errors)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['periods.0:INVALID_PERIOD'] });
    });

    it('raises due-soon and overdue events once per form, region, period and kind', async () => {
      await subgraph.dataSource.query(`DELETE FROM analytics.report_reminder`);
      const form = await createForm({ regionCodes: [ALMATY], firstPeriod: '2025-01' });
      const first = await subgraph.services.reportReminders.run();
      expect(first.OVERDUE).toBeGreaterThan(0);
      const again = await subgraph.services.reportReminders.run();
      expect(again).toEqual({ DUE_SOON: 0, OVERDUE: 0 });
      const overdue = (await subgraph.dataSource.query(
        `SELECT data FROM ${EVENT_BUS_SCHEMA}.job WHERE name = 'notifications.report-overdue' AND data->'payload'->>'formId' = $1`,
        [form.id],
      )) as { data: { payload: Record<string, unknown> } }[];
      const periods = overdue.map((row) => row.data.payload.period);
      expect(new Set(periods).size).toBe(periods.length);
      expect(overdue[0].data.payload).toMatchObject({ regionCode: ALMATY, reportId: null, formId: form.id, periodType: 'MONTH' });
    });
  });
});
