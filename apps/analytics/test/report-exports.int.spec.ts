import { type Identity } from '@birge/shared-reference';
import { GraphQLTestClient, readCsv, readPdfText, readXlsx } from '@birge/server-testing';
import { downloadExport, EXPORT_FILE } from './support/export-file';
import { ABAI, ABAI_STAFF, ADMIN, ALMATY, ANALYST, ASTANA, ASTANA_STAFF, analyticsTestbed } from './support/analytics-testbed';
import { quarterlyDesign } from './support/reports-harness';

const NARRATIVE = '=1+1 Семейде жастар орталығы ашылды, әкімдік ғимарат берді';
const EXPORT_REPORT = `query($id: ID!, $format: ReportExportFormat!, $language: ExportLanguage) { exportReport(id: $id, format: $format, language: $language) { ${EXPORT_FILE} } }`;
const EXPORT_COMPLETENESS = `query($formId: ID!, $format: TableExportFormat!, $language: ExportLanguage) {
  exportCompleteness(formId: $formId, periods: ["2025-01"], format: $format, language: $language) { ${EXPORT_FILE} } }`;

/** The harness's form, its texts in Kazakh and Russian as a region reads them. */
const WORDS: Record<string, { kk: string; ru: string }> = {
  'Monthly report': { kk: 'Айлық есеп', ru: 'Ежемесячный отчёт' },
  Figures: { kk: 'Көрсеткіштер', ru: 'Показатели' },
  'Contacts logged': { kk: 'Байланыстар саны', ru: 'Число контактов' },
  'Events held': { kk: 'Өткізілген іс-шаралар', ru: 'Проведено мероприятий' },
  'The region in words': { kk: 'Өңір сөзбен', ru: 'Регион словами' },
  'What happened in the region': { kk: 'Өңірде не болды', ru: 'Что произошло в регионе' },
  Mood: { kk: 'Көңіл-күй', ru: 'Настроение' },
  Good: { kk: 'Жақсы', ru: 'Хорошее' },
  Bad: { kk: 'Нашар', ru: 'Плохое' },
  'Needs behind it': { kk: 'Себеп болған қажеттіліктер', ru: 'Стоящие за этим потребности' },
};
const design = quarterlyDesign({}, (en) => ({ ...WORDS[en], en }));

describe('analytics subgraph: exports of periodic reports and completeness', () => {
  const bed = analyticsTestbed();
  let formId: string;
  let reportId: string;
  const as = (identity: Identity | null) => new GraphQLTestClient(bed.subgraph.url, { identity });
  const download = (identity: Identity, query: string, variables: Record<string, unknown>) => downloadExport(as(identity), query, variables);

  beforeAll(async () => {
    formId = (await as(ADMIN).data<{ createReportForm: { id: string } }>('mutation($input: CreateReportFormInput!) { createReportForm(input: $input) { id } }', { input: design }))
      .createReportForm.id;
    const opened = (
      await as(ABAI_STAFF).data<{ openReport: { id: string; version: number } }>('mutation($input: OpenReportInput!) { openReport(input: $input) { id version } }', {
        input: { formId, regionCode: ABAI, period: '2025-01' },
      })
    ).openReport;
    reportId = opened.id;
    await as(ABAI_STAFF).data('mutation($input: SaveReportDraftInput!) { saveReportDraft(input: $input) { id } }', {
      input: {
        id: opened.id,
        version: opened.version,
        answers: [
          { fieldKey: 'narrative', text: NARRATIVE },
          { fieldKey: 'mood', choices: ['good'] },
        ],
      },
    });
  });

  it('makes a report a PDF in Kazakh with its questions, answers and the source of a pre-filled figure', async () => {
    const { meta: file, content } = await download(ABAI_STAFF, EXPORT_REPORT, { id: reportId, format: 'PDF' });
    expect(file.fileName).toMatch(/^birge-report-100000000-2025-01-\d{4}-\d{2}-\d{2}\.pdf$/);
    const { title, text } = await readPdfText(content);
    expect(title).toBe('Айлық есеп');
    const flat = text.replace(/\s+/g, ' ');
    for (const words of ['Абай облысы', 'Өңір сөзбен', 'Өңірде не болды', NARRATIVE, 'Көңіл-күй', 'Жақсы', 'Байланыстар саны', 'Birge деректері: 0']) expect(flat).toContain(words);
  });

  it("gives the report as XLSX with typed answers, withholding free text from analysts and neutralising formulas for the region's staff", async () => {
    const analyst = (await readXlsx((await download(ANALYST, EXPORT_REPORT, { id: reportId, format: 'XLSX', language: 'EN' })).content)).worksheets;
    expect(analyst.map((sheet) => sheet.name)).toEqual(['Answers', 'About the report']);
    const rows = analyst[0]
      .getSheetValues()
      .slice(2)
      .map((row) => (row as unknown[]).slice(1, 8));
    expect(rows).toEqual([
      // Opened pre-filled with Birge's figure (no contacts yet): the answer, the number and the figure with its source.
      ['Figures', 'Contacts logged', '0', 0, 0, 'Contacts logged', 'No'],
      // A question not answered yet is listed without an answer.
      ['Figures', 'Events held'],
      ['The region in words', 'What happened in the region', '(withheld: personal data)'],
      ['The region in words', 'Mood', 'Good'],
      ['The region in words', 'Needs behind it'],
    ]);
    const staff = (await readXlsx((await download(ABAI_STAFF, EXPORT_REPORT, { id: reportId, format: 'XLSX', language: 'RU' })).content)).worksheets[0];
    expect(staff.getCell('C4').value).toBe(`'${NARRATIVE}`);

    const other = await as(ASTANA_STAFF).request(EXPORT_REPORT, { id: reportId, format: 'PDF' });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_REGION' });
    const missing = await as(ADMIN).request(EXPORT_REPORT, { id: '00000000-0000-4000-8000-000000000000', format: 'PDF' });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it("exports completeness: every region's cell as CSV, and XLSX with the counts per region; staff their own region's", async () => {
    const csv = await readCsv((await download(ANALYST, EXPORT_COMPLETENESS, { formId, format: 'CSV', language: 'EN' })).content);
    expect(csv.bom).toBe(true);
    expect(csv.rows[0]).toEqual(['Region', 'KATO code', 'Period', 'Due on', 'State', 'First submitted', 'On time', 'Overdue']);
    expect(csv.rows.slice(1).map((row) => [row[1], row[2], row[4], row[7]])).toEqual([
      [ABAI, '2025-01', 'Draft', 'Yes'],
      [ASTANA, '2025-01', 'Not started', 'Yes'],
      [ALMATY, '2025-01', 'Not started', 'Yes'],
    ]);

    const book = await readXlsx((await download(ADMIN, EXPORT_COMPLETENESS, { formId, format: 'XLSX' })).content);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Есептердің толықтығы', 'Өңірлер бойынша']);
    const abai = book.worksheets[1].getRow(2).values as unknown[];
    expect(abai.slice(1, 5)).toEqual(['Абай облысы', ABAI, 1, 0]);

    const own = await readCsv((await download(ASTANA_STAFF, EXPORT_COMPLETENESS, { formId, format: 'CSV' })).content);
    expect(own.rows.slice(1).map((row) => row[1])).toEqual([ASTANA]);
  });
});
