import { refusal } from './refusal';
import { EVENT_BUS_SCHEMA } from '@birge/server-kit';
import { Client } from 'pg';
import {
  ABAI,
  ABAI_STAFF,
  ACCEPT,
  ADMIN,
  ALMATY,
  ANALYST,
  ASTANA,
  ASTANA_STAFF,
  COMMENT,
  COMPLETENESS,
  CURRENT_MONTH,
  REOPEN,
  REPORT,
  reportsHarness,
  RETURN,
  SAVE,
  SUBMIT,
  type ReportShape,
} from './support/reports-harness';

describe('analytics subgraph: reviewing periodic reports, their lists and completeness', () => {
  const h = reportsHarness();
  const { as, createForm, open, save, answer, GOOD_TEXT, complete, jobs } = h;

  describe('review', () => {
    it('walks submit -> return -> resubmit -> accept (locked) -> reopen, with history, thread and events', async () => {
      const form = await createForm();
      const report = await complete(await open(ABAI_STAFF, form.id, ABAI));
      const submitted = (await as(ABAI_STAFF).data<{ submitReport: ReportShape }>(SUBMIT, { input: { id: report.id, version: report.version } })).submitReport;
      expect(submitted).toMatchObject({ status: 'SUBMITTED', submissionCount: 1, submittedOnTime: true, overdue: false });
      const [event] = await jobs('notifications.report-submitted', report.id);
      expect(event.data).toMatchObject({
        name: 'analytics.report-submitted',
        payload: {
          reportId: report.id,
          formId: form.id,
          regionCode: ABAI,
          period: CURRENT_MONTH,
          periodType: 'MONTH',
          actorId: 'u-abai',
          onTime: true,
          submissionCount: 1,
          formTitle: { en: 'Monthly report' },
        },
      });

      const whileSubmitted = await as(ABAI_STAFF).request(SAVE, { input: { id: report.id, version: submitted.version, answers: [{ fieldKey: 'events', number: 1 }] } });
      expect(refusal(whileSubmitted.errors)).toMatchObject({ code: 'CONFLICT', reason: 'REPORT_SUBMITTED' });
      const byStaff = await as(ABAI_STAFF).request(RETURN, { input: { id: report.id, version: submitted.version, comment: 'Өзім қайтарамын' } });
      expect(refusal(byStaff.errors)).toEqual({ code: 'FORBIDDEN', reason: 'ADMIN_ONLY' });

      const returned = (
        await as(ADMIN).data<{ returnReport: ReportShape }>(RETURN, { input: { id: report.id, version: submitted.version, comment: 'Іс-шаралар санын тексеріңіз' } })
      ).returnReport;
      expect(returned.status).toBe('RETURNED');
      expect(returned.comments).toEqual([expect.objectContaining({ text: 'Іс-шаралар санын тексеріңіз', side: 'REPUBLICAN_OFFICE', authorId: 'u-admin' })]);
      expect(await jobs('notifications.report-returned', report.id)).toHaveLength(1);

      const replied = (await as(ABAI_STAFF).data<{ postReportComment: ReportShape }>(COMMENT, { input: { id: report.id, text: 'Түзетеміз', fieldKey: 'events' } }))
        .postReportComment;
      expect(replied.comments.map((c) => [c.side, c.fieldKey])).toEqual([
        ['REPUBLICAN_OFFICE', null],
        ['REGION', 'events'],
      ]);

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

      const reopened = (await as(ADMIN).data<{ reopenReport: ReportShape }>(REOPEN, { input: { id: report.id, version: accepted.version, reason: 'Аудит қатені тапты' } }))
        .reopenReport;
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
          counted.push(
            query.mock.calls
              .map(([sql]: unknown[]) => (typeof sql === 'string' ? sql : String((sql as { text?: unknown } | null)?.text)))
              .filter((sql) => /analytics\.|"report/.test(sql)).length,
          );
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
      const astanaDone = await save(ASTANA_STAFF, astana, [
        { fieldKey: 'narrative', text: GOOD_TEXT },
        { fieldKey: 'events', number: 1, comment: 'Бір' },
      ]);
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
      expect(result.overdue).toEqual(
        [
          { regionCode: ASTANA, period: '2025-01' },
          { regionCode: ALMATY, period: '2025-01' },
        ].sort((a, b) => a.regionCode.localeCompare(b.regionCode)),
      );
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
      await h.subgraph.dataSource.query(`DELETE FROM analytics.report_reminder`);
      const form = await createForm({ regionCodes: [ALMATY], firstPeriod: '2025-01' });
      const first = await h.subgraph.services.reportReminders.run();
      expect(first.OVERDUE).toBeGreaterThan(0);
      const again = await h.subgraph.services.reportReminders.run();
      expect(again).toEqual({ DUE_SOON: 0, OVERDUE: 0 });
      const overdue = (await h.subgraph.dataSource.query(
        `SELECT data FROM ${EVENT_BUS_SCHEMA}.job WHERE name = 'notifications.report-overdue' AND data->'payload'->>'formId' = $1`,
        [form.id],
      )) as { data: { payload: Record<string, unknown> } }[];
      const periods = overdue.map((row) => row.data.payload.period);
      expect(new Set(periods).size).toBe(periods.length);
      expect(overdue[0].data.payload).toMatchObject({ regionCode: ALMATY, reportId: null, formId: form.id, periodType: 'MONTH' });
    });
  });
});
