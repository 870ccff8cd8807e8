import { GraphQLTestClient, readCsv, readPdfText, readXlsx } from '@birge/server-testing';
import { loadDemoData } from '../src/demo-data';
import { DEMO_NEEDS, loadDemoNeeds } from '../src/demo-needs';
import { DEMO_REPORTS, loadDemoReports } from '../src/demo-reports';
import { demoStack } from './support/demo-sign-ins';

jest.setTimeout(180_000);

const ASTANA = '710000000';

interface ExportFile {
  fileName: string;
  contentType: string;
  contentBase64: string;
  byteSize: number;
  rowCount: number;
}

const FILE = 'fileName contentType contentBase64 byteSize rowCount';

/**
 * Exports through the gateway with every service running and real sign-ins: a file is downloaded
 * as the dashboard does (base64 in the answer), decoded, and parsed, and its figures are those the
 * API gives; an analyst's copy of the register has no narratives.
 */
describe('exports, end to end through the gateway', () => {
  const demo = demoStack();

  const download = async (client: GraphQLTestClient, query: string, variables?: Record<string, unknown>): Promise<{ file: ExportFile; content: Buffer }> => {
    const data = await client.data<Record<string, ExportFile>>(query, variables);
    const file = Object.values(data)[0];
    const content = Buffer.from(file.contentBase64, 'base64');
    expect(content.length).toBe(file.byteSize);
    return { file, content };
  };

  beforeAll(async () => {
    await loadDemoData(demo.stack.gatewayUrl, demo.adminToken);
    await loadDemoNeeds(<T>(query: string, variables?: Record<string, unknown>) => demo.admin.data<T>(query, variables));
  });

  it('downloads the needs register as XLSX for an administrator, every entry with its narrative, in Kazakh', async () => {
    const { file, content } = await download(demo.admin, `{ exportNeeds(format: XLSX) { ${FILE} } }`);
    expect(file.fileName).toMatch(/^birge-needs-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(file.rowCount).toBe(DEMO_NEEDS.length);
    const sheet = (await readXlsx(content)).worksheets[0];
    expect(sheet.name).toBe('Қажеттіліктер тізілімі');
    const narratives = sheet.getColumn(7).values.slice(2);
    expect(new Set(narratives)).toEqual(new Set(DEMO_NEEDS.map((need) => need.narrative)));
  });

  it("gives an analyst the register as CSV without narratives, and the overview's figures as the API gives them", async () => {
    const needs = await readCsv((await download(demo.analyst, `{ exportNeeds(format: CSV, language: EN) { ${FILE} } }`)).content);
    expect(needs.bom).toBe(true);
    expect(needs.rows).toHaveLength(DEMO_NEEDS.length + 1);
    expect(new Set(needs.rows.slice(1).map((row) => row[6]))).toEqual(new Set(['(withheld: personal data)']));

    const overview = await demo.analyst.data<{
      nationalOverview: { organizationCount: number; regions: { region: { code: string }; organizationCount: number; openRequestCount: number }[] };
    }>('{ nationalOverview { organizationCount regions { region { code } organizationCount openRequestCount } } }');
    const csv = await readCsv((await download(demo.analyst, `{ exportNationalOverview(format: CSV, language: RU) { ${FILE} } }`)).content);
    expect(csv.rows[0]).toEqual(['Регион', 'Код КАТО', 'Организации', 'Открытые обращения']);
    const exported = csv.rows.slice(1, -1).map((row) => ({ region: { code: row[1] }, organizationCount: Number(row[2]), openRequestCount: Number(row[3]) }));
    expect(exported).toEqual(overview.nationalOverview.regions);
    expect(Number(csv.rows.at(-1)?.[2])).toBe(overview.nationalOverview.organizationCount);
    expect(overview.nationalOverview.organizationCount).toBeGreaterThan(0);
  });

  it("downloads Astana's summary as a PDF in which pdf.js finds the Kazakh text of its open needs", async () => {
    const { file, content } = await download(demo.admin, `query($code: ID) { exportSummaryPdf(regionCode: $code) { ${FILE} } }`, { code: ASTANA });
    expect(file.contentType).toBe('application/pdf');
    const { title, text } = await readPdfText(content);
    expect(title).toBe('Астана: өңірлік шолу');
    const flat = text.replace(/\s+/g, ' ');
    const open = DEMO_NEEDS.filter((need) => need.regionCode === ASTANA && !['RESOLVED', 'NO_LONGER_RELEVANT'].includes(need.moves.at(-1)?.status ?? 'OPEN'));
    expect(open.length).toBeGreaterThan(0);
    for (const need of open) expect(flat).toContain(need.narrative.replace(/\s+/g, ' '));
    expect(flat).toContain('Ашық қажеттіліктер мен мәселелер');
  });

  it("downloads the region's accepted demo report as a PDF with its narrative, and the form's completeness as the API counts it", async () => {
    const call =
      (client: GraphQLTestClient) =>
      <T>(query: string, variables?: Record<string, unknown>) =>
        client.data<T>(query, variables);
    await loadDemoReports(call(demo.admin), call(demo.staff));
    const accepted = await demo.staff.data<{ reports: { edges: { node: { id: string; formId: string } }[] } }>(
      `{ reports(first: 5, filter: { regionCode: "${ASTANA}", status: ACCEPTED }) { edges { node { id formId } } } }`,
    );
    const report = accepted.reports.edges[0].node;
    const { file, content } = await download(demo.staff, `query($id: ID!) { exportReport(id: $id, format: PDF) { ${FILE} } }`, { id: report.id });
    expect(file.fileName).toMatch(/^birge-report-710000000-/);
    const { title, text } = await readPdfText(content);
    expect(title).toBe('Фронт-офистің тоқсандық есебі');
    const situation = DEMO_REPORTS.find((demo) => demo.regionCode === ASTANA && demo.state === 'ACCEPTED')?.situation ?? 'none';
    expect(text.replace(/\s+/g, ' ')).toContain(situation);

    const counted = await demo.analyst.data<{ reportingCompleteness: { totals: { expected: number; accepted: number } } }>(
      'query($id: ID!) { reportingCompleteness(formId: $id) { totals { expected accepted } } }',
      { id: report.formId },
    );
    const book = await readXlsx(
      (await download(demo.analyst, `query($id: ID!) { exportCompleteness(formId: $id, format: XLSX, language: EN) { ${FILE} } }`, { id: report.formId })).content,
    );
    const cells = book.worksheets[0]
      .getSheetValues()
      .slice(2)
      .map((row) => (row as unknown[])[5]);
    expect(cells).toHaveLength(counted.reportingCompleteness.totals.expected);
    expect(cells.filter((state) => state === 'Accepted')).toHaveLength(counted.reportingCompleteness.totals.accepted);
  });
});
