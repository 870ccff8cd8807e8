import { kazakhstanDay } from '@birge/shared-reference';
import { eventually } from '@birge/server-testing';
import { Client } from 'pg';
import { loadDemoData } from '../src/demo-data';
import { loadDemoNeeds } from '../src/demo-needs';
import { DEMO_REPORTS, loadDemoReports } from '../src/demo-reports';
import { demoStack } from './support/demo-sign-ins';

jest.setTimeout(240_000);

const ASTANA = '710000000';

const label = (text: string) => ({ kk: `${text} (kk)`, ru: `${text} (ru)`, en: text });
/** The current month in Kazakhstan: its report can be opened, and is not due yet. */
const TODAY = kazakhstanDay(new Date());
const MONTH = TODAY.slice(0, 7);

const REPORT = `id version status locked formVersion period submissionCount submittedOnTime
  region { code name { en } }
  answers { fieldKey number text comment personalDataHidden overridden prefill { figure source { key label { kk } } } }
  history { action actorId comment personalDataHidden }
  comments { side text personalDataHidden }`;

interface ReportShape {
  id: string;
  version: number;
  status: string;
  locked: boolean;
  region: { code: string; name: { en: string } };
  answers: {
    fieldKey: string;
    number: number | null;
    text: string | null;
    comment: string | null;
    personalDataHidden: string | null;
    overridden: boolean;
    prefill: { figure: number | null; source: { key: string } } | null;
  }[];
  history: { action: string; actorId: string; comment: string | null; personalDataHidden: string | null }[];
  comments: { side: string; text: string | null; personalDataHidden: string | null }[];
}
type Refusal = { errors?: { extensions?: Record<string, unknown> }[] };
const reasonOf = (response: Refusal) => [response.errors?.[0]?.extensions?.code, response.errors?.[0]?.extensions?.reason];

/**
 * Periodic reports through the gateway with every service running and real sign-ins: the demo
 * form and reports `npm start` makes, then the whole cycle: the republican office designs a form,
 * Astana's front office fills it (its contacts figure pre-filled from what analytics learned from
 * the registry's events) and submits, the report is returned, fixed, resubmitted, accepted and
 * locked, reopened by the administrator, and an analyst reads it without the free text.
 */
describe('periodic reports, end to end through the gateway', () => {
  const demo = demoStack({ staffRegion: ASTANA });

  it('loads the demo form once, with reports in every state and overdue regions', async () => {
    await loadDemoData(demo.stack.gatewayUrl, demo.adminToken);
    const asAdmin = <T>(query: string, variables?: Record<string, unknown>) => demo.admin.data<T>(query, variables);
    const asStaff = <T>(query: string, variables?: Record<string, unknown>) => demo.staff.data<T>(query, variables);
    await loadDemoNeeds(asAdmin);
    expect(await loadDemoReports(asAdmin, asStaff)).toEqual({ loaded: true, reports: DEMO_REPORTS.length });
    expect(await loadDemoReports(asAdmin, asStaff)).toEqual({ loaded: false, reports: DEMO_REPORTS.length });

    const listed = await demo.admin.data<{ reports: { edges: { node: { status: string; comments: { side: string }[]; region: { name: { en: string } } } }[] } }>(
      '{ reports(first: 50) { edges { node { status comments { side } region { name { en } } } } } }',
    );
    const nodes = listed.reports.edges.map((edge) => edge.node);
    expect(new Set(nodes.map((node) => node.status))).toEqual(new Set(['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED']));
    const returned = nodes.find((node) => node.status === 'RETURNED');
    expect(returned?.comments.map((comment) => comment.side)).toEqual(['REPUBLICAN_OFFICE', 'REGION']);
    expect(returned?.region.name.en).toBe('Astana');

    const form = await demo.admin.data<{ reportForms: { edges: { node: { id: string } }[] } }>('{ reportForms(first: 1) { edges { node { id } } } }');
    const completeness = await demo.analyst.data<{ reportingCompleteness: { totals: Record<string, number>; overdue: { regionCode: string }[] } }>(
      'query($id: ID!) { reportingCompleteness(formId: $id) { totals { expected submitted accepted returned overdue } overdue { regionCode } } }',
      { id: form.reportForms.edges[0].node.id },
    );
    expect(completeness.reportingCompleteness.totals).toMatchObject({ expected: 80, accepted: 3, returned: 1 });
    expect(completeness.reportingCompleteness.totals.submitted).toBe(5);
    expect(completeness.reportingCompleteness.overdue.length).toBeGreaterThanOrEqual(20);
  });

  it('designs, fills with a pre-filled figure, returns, resubmits, accepts, locks, reopens, and shows an analyst no free text', async () => {
    // A contact logged in the registry reaches analytics' read model by its event.
    const organization = await demo.staff.data<{ organizations: { edges: { node: { id: string } }[] } }>(
      'query($r: ID) { organizations(first: 1, filter: { regionCode: $r }) { edges { node { id } } } }',
      { r: ASTANA },
    );
    const organizationId = organization.organizations.edges[0].node.id;
    await demo.staff.data('mutation($input: LogContactInput!) { logContact(input: $input) { id } }', {
      input: { organizationId, kind: 'MEETING', occurredOn: TODAY, toldAboutOffer: true },
    });
    const readModel = () => countContacts(demo.stack.databaseUrl, ASTANA, MONTH);
    await eventually(async () => ((await readModel()) > 0 ? true : undefined), 15_000);
    const contacts = await readModel();

    const created = await demo.admin.data<{ createReportForm: { id: string } }>('mutation($input: CreateReportFormInput!) { createReportForm(input: $input) { id } }', {
      input: {
        title: label('Monthly pulse'),
        periodType: 'MONTH',
        regionCodes: [ASTANA],
        dueDays: 5,
        sections: [
          {
            key: 'main',
            title: label('Main'),
            fields: [
              { key: 'contacts', type: 'NUMBER', label: label('Contacts'), prefillSource: 'CONTACTS_LOGGED', required: true },
              { key: 'story', type: 'TEXT', label: label('What happened'), required: true },
            ],
          },
        ],
      },
    });
    const formId = created.createReportForm.id;

    let report = (
      await demo.staff.data<{ openReport: ReportShape }>(`mutation($input: OpenReportInput!) { openReport(input: $input) { ${REPORT} } }`, {
        input: { formId, regionCode: ASTANA, period: MONTH },
      })
    ).openReport;
    const prefilled = report.answers.find((answer) => answer.fieldKey === 'contacts');
    expect(prefilled).toMatchObject({ number: contacts, overridden: false, prefill: { figure: contacts, source: { key: 'CONTACTS_LOGGED' } } });

    const save = async (answers: Record<string, unknown>[]) =>
      (report = (
        await demo.staff.data<{ saveReportDraft: ReportShape }>(`mutation($input: SaveReportDraftInput!) { saveReportDraft(input: $input) { ${REPORT} } }`, {
          input: { id: report.id, version: report.version, answers },
        })
      ).saveReportDraft);
    const submit = async () =>
      (report = (
        await demo.staff.data<{ submitReport: ReportShape }>(`mutation($input: SubmitReportInput!) { submitReport(input: $input) { ${REPORT} } }`, {
          input: { id: report.id, version: report.version },
        })
      ).submitReport);

    await save([{ fieldKey: 'story', text: 'нет' }]);
    const hollow = await demo.staff.request('mutation($input: SubmitReportInput!) { submitReport(input: $input) { id } }', { input: { id: report.id, version: report.version } });
    expect(reasonOf(hollow)).toEqual(['BAD_USER_INPUT', 'REPORT_INCOMPLETE']);
    expect(hollow.errors?.[0]?.extensions?.fieldKeys).toEqual(['story']);

    await save([{ fieldKey: 'story', text: 'Есіл ауданындағы топтармен кездесу өтті, мектеп залы туралы келісілді.' }]);
    await submit();
    expect(report.status).toBe('SUBMITTED');

    const returned = await demo.admin.data<{ returnReport: ReportShape }>(`mutation($input: ReturnReportInput!) { returnReport(input: $input) { ${REPORT} } }`, {
      input: { id: report.id, version: report.version, comment: 'Қанша адам қатысқанын жазыңызшы.' },
    });
    report = returned.returnReport;
    expect(report.status).toBe('RETURNED');
    await demo.staff.data('mutation($input: PostReportCommentInput!) { postReportComment(input: $input) { id } }', {
      input: { id: report.id, text: 'Жазамыз, Асқар Беков 12 адам деді.' },
    });
    report = (await demo.staff.data<{ report: ReportShape }>(`query($id: ID!) { report(id: $id) { ${REPORT} } }`, { id: report.id })).report;
    await save([{ fieldKey: 'story', text: 'Есіл ауданындағы топтармен кездесу өтті (12 адам), мектеп залы туралы келісілді.' }]);
    await submit();
    expect(report).toMatchObject({ status: 'SUBMITTED' });

    report = (
      await demo.admin.data<{ acceptReport: ReportShape }>(`mutation($input: AcceptReportInput!) { acceptReport(input: $input) { ${REPORT} } }`, {
        input: { id: report.id, version: report.version },
      })
    ).acceptReport;
    expect(report).toMatchObject({ status: 'ACCEPTED', locked: true });
    const locked = await demo.staff.request('mutation($input: SaveReportDraftInput!) { saveReportDraft(input: $input) { id } }', {
      input: { id: report.id, version: report.version, answers: [{ fieldKey: 'story', text: 'Кешірек өзгерту' }] },
    });
    expect(reasonOf(locked)).toEqual(['CONFLICT', 'REPORT_LOCKED']);
    const staffReopen = await demo.staff.request('mutation($input: ReopenReportInput!) { reopenReport(input: $input) { id } }', {
      input: { id: report.id, version: report.version, reason: 'Өзім' },
    });
    expect(reasonOf(staffReopen)).toEqual(['FORBIDDEN', 'ADMIN_ONLY']);

    report = (
      await demo.admin.data<{ reopenReport: ReportShape }>(`mutation($input: ReopenReportInput!) { reopenReport(input: $input) { ${REPORT} } }`, {
        input: { id: report.id, version: report.version, reason: 'Қатысушылар саны қайта тексеріледі.' },
      })
    ).reopenReport;
    expect(report.status).toBe('RETURNED');
    expect(report.history.map((step) => step.action)).toEqual(['OPENED', 'SUBMITTED', 'RETURNED', 'SUBMITTED', 'ACCEPTED', 'REOPENED']);
    // The reopening is in the audit trail with who did it.
    const audited = await eventually(async () => {
      const rows = await auditOf(demo.stack.databaseUrl, 'reopenReport');
      return rows.some((row) => row.outcome === 'OK') ? rows : undefined;
    }, 15_000);
    expect(audited).toEqual(
      expect.arrayContaining([expect.objectContaining({ outcome: 'OK', role: 'REPUBLICAN_ADMIN' }), expect.objectContaining({ outcome: 'FORBIDDEN', role: 'REGIONAL_STAFF' })]),
    );

    const seen = (await demo.analyst.data<{ report: ReportShape }>(`query($id: ID!) { report(id: $id) { ${REPORT} } }`, { id: report.id })).report;
    expect(seen.answers.find((answer) => answer.fieldKey === 'contacts')).toMatchObject({ number: contacts, comment: null });
    expect(seen.answers.find((answer) => answer.fieldKey === 'story')).toMatchObject({ text: null, personalDataHidden: 'PERSONAL_DATA_HIDDEN_FOR_ROLE' });
    expect(seen.comments.every((comment) => comment.text === null && comment.personalDataHidden === 'PERSONAL_DATA_HIDDEN_FOR_ROLE')).toBe(true);
    expect(seen.history.find((step) => step.action === 'REOPENED')).toMatchObject({ comment: null, personalDataHidden: 'PERSONAL_DATA_HIDDEN_FOR_ROLE' });
    const analystWrite = await demo.analyst.request('mutation($input: PostReportCommentInput!) { postReportComment(input: $input) { id } }', {
      input: { id: report.id, text: 'x' },
    });
    expect(reasonOf(analystWrite)).toEqual(['FORBIDDEN', 'READ_ONLY_ROLE']);

    // Returned and accepted wait, durably, for the notifications subgraph.
    expect(await countJobs(demo.stack.databaseUrl, 'notifications.report-returned', report.id)).toBe(1);
    expect(await countJobs(demo.stack.databaseUrl, 'notifications.report-accepted', report.id)).toBe(1);
  });
});

async function query<T>(databaseUrl: string, sql: string, values: unknown[]): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as T[];
  } finally {
    await client.end();
  }
}

async function countContacts(databaseUrl: string, regionCode: string, month: string): Promise<number> {
  const rows = await query<{ n: number }>(databaseUrl, `SELECT count(*)::int AS n FROM analytics.contact_fact WHERE region_code = $1 AND to_char(occurred_on, 'YYYY-MM') = $2`, [
    regionCode,
    month,
  ]);
  return rows[0].n;
}

async function countJobs(databaseUrl: string, queue: string, reportId: string): Promise<number> {
  const rows = await query<{ n: number }>(databaseUrl, `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND data->'payload'->>'reportId' = $2`, [queue, reportId]);
  return rows[0].n;
}

async function auditOf(databaseUrl: string, operation: string): Promise<{ outcome: string; role: string | null }[]> {
  return query<{ outcome: string; role: string | null }>(databaseUrl, `SELECT outcome, role FROM identity.audit_entry WHERE operation = $1`, [operation]);
}
