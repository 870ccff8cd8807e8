import { findRegion, type Identity } from '@birge/shared-reference';
import { GraphQLTestClient, readCsv, readPdfText, readXlsx } from '@birge/server-testing';
import { randomUUID } from 'node:crypto';
import { EXPORT_LIMITS } from '../src/modules/exports/export-limits';
import { downloadExport, EXPORT_FILE } from './support/export-file';
import { ABAI, ABAI_STAFF, ADMIN, ANALYST, ASTANA, ASTANA_STAFF, KURCHATOV, SEMEY, analyticsTestbed } from './support/analytics-testbed';

const EXPORT_NEEDS = `query($format: TableExportFormat!, $filter: NeedFilter, $language: ExportLanguage) { exportNeeds(format: $format, filter: $filter, language: $language) { ${EXPORT_FILE} } }`;
const EXPORT_OVERVIEW = `query($format: TableExportFormat!, $language: ExportLanguage) { exportNationalOverview(format: $format, language: $language) { ${EXPORT_FILE} } }`;
const EXPORT_COVERAGE = `query($regionCode: ID!, $format: TableExportFormat!, $language: ExportLanguage) { exportRegionCoverage(regionCode: $regionCode, format: $format, language: $language) { ${EXPORT_FILE} } }`;
const EXPORT_SUMMARY = `query($regionCode: ID, $language: ExportLanguage) { exportSummaryPdf(regionCode: $regionCode, language: $language) { ${EXPORT_FILE} } }`;
const RECORD = 'mutation($input: RecordNeedInput!) { recordNeed(input: $input) { id } }';

const NARRATIVE = 'Семейдегі жастар тобына жиналатын орын жоқ: әкімдік ғимарат ұсынбады';
const INJECTION = '=HYPERLINK("http://example.invalid","Қаржы")';

describe('analytics subgraph: exports', () => {
  const bed = analyticsTestbed();
  const as = (identity: Identity | null) => new GraphQLTestClient(bed.subgraph.url, { identity });
  const file = (identity: Identity, query: string, variables: Record<string, unknown>) => downloadExport(as(identity), query, variables);

  beforeAll(async () => {
    await as(ABAI_STAFF).data(RECORD, {
      input: { regionCode: ABAI, districtCode: SEMEY, theme: 'NO_PLACE_TO_MEET', kind: 'MOVEMENT', narrative: NARRATIVE, firstNoticedOn: '2026-10-01' },
    });
    await as(ABAI_STAFF).data(RECORD, { input: { regionCode: ABAI, theme: 'FUNDING', kind: 'FRONT_OFFICE', narrative: INJECTION } });
    await as(ASTANA_STAFF).data(RECORD, { input: { regionCode: ASTANA, theme: 'POPULATION_WARY', kind: 'MOVEMENT', narrative: 'Астанада халық сақ' } });
    const organizations = [SEMEY, SEMEY, KURCHATOV].map(() => randomUUID());
    for (const [i, id] of organizations.entries()) {
      await bed.subgraph.dataSource.query(
        `INSERT INTO analytics.organization_fact (organization_id, kind, region_code, district_code, registered_at) VALUES ($1, 'ORGANIZATION', $2, $3, now())`,
        [id, ABAI, i < 2 ? SEMEY : KURCHATOV],
      );
    }
    await bed.subgraph.dataSource.query(
      `INSERT INTO analytics.contact_fact (contact_id, organization_id, region_code, district_code, kind, occurred_on, told_about_offer) VALUES ($1, $2, $3, $4, 'VISIT', current_date, true)`,
      [randomUUID(), organizations[0], ABAI, SEMEY],
    );
  });

  it('exports the register to XLSX in the asked language, with narratives for an administrator and formulas neutralised', async () => {
    const { meta, content } = await file(ADMIN, EXPORT_NEEDS, { format: 'XLSX', language: 'RU' });
    expect(meta).toMatchObject({ contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', rowCount: 3 });
    expect(meta.fileName).toMatch(/^birge-needs-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const sheet = (await readXlsx(content)).worksheets[0];
    expect(sheet.name).toBe('Реестр потребностей');
    expect(sheet.getRow(1).getCell(1).value).toBe('Регион');
    const rows = sheet
      .getSheetValues()
      .slice(2)
      .map((row) => (row as unknown[]).slice(1));
    const semey = rows.find((row) => row[6] === NARRATIVE);
    expect(semey?.slice(0, 5)).toEqual([findRegion(ABAI)?.name.ru, 'Семей', 'Инициативным группам негде собираться', 'Потребность волонтёрского движения', 'Открыта']);
    expect(rows.map((row) => row[6])).toContain(`'${INJECTION}`);
    expect(rows.some((row) => String(row[6]).startsWith('='))).toBe(false);
  });

  it("gives analysts the register without narratives, and a region's staff their own region only", async () => {
    const analyst = await readCsv((await file(ANALYST, EXPORT_NEEDS, { format: 'CSV', filter: { regionCode: ABAI } })).content);
    expect(analyst.bom).toBe(true);
    expect(analyst.rows[0][0]).toBe('Өңір');
    expect(analyst.rows).toHaveLength(3);
    expect(analyst.rows.slice(1).map((row) => row[6])).toEqual(['(жасырылған: дербес деректер)', '(жасырылған: дербес деректер)']);
    expect(JSON.stringify(analyst.rows)).not.toContain('Семейдегі');

    const own = await readCsv((await file(ASTANA_STAFF, EXPORT_NEEDS, { format: 'CSV' })).content);
    expect(own.rows.slice(1).map((row) => row[0])).toEqual(['Астана']);
    const other = await as(ASTANA_STAFF).request(EXPORT_NEEDS, { format: 'CSV', filter: { regionCode: ABAI } });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_REGION' });
    const anonymous = await as(null).request(EXPORT_NEEDS, { format: 'CSV' });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a register larger than one file holds, naming the filter to narrow', async () => {
    const limits = EXPORT_LIMITS as { maxRows: number };
    const saved = limits.maxRows;
    limits.maxRows = 2;
    try {
      const refused = await as(ADMIN).request(EXPORT_NEEDS, { format: 'CSV' });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EXPORT_TOO_LARGE', fields: [{ field: 'filter', code: 'EXPORT_TOO_LARGE' }] });
      expect((await file(ADMIN, EXPORT_NEEDS, { format: 'CSV', filter: { regionCode: ABAI } })).meta.rowCount).toBe(2);
    } finally {
      limits.maxRows = saved;
    }
  });

  it("exports the national overview and a region's district table with the same figures as the API", async () => {
    const overview = await readCsv((await file(ANALYST, EXPORT_OVERVIEW, { format: 'CSV', language: 'EN' })).content);
    expect(overview.rows[0]).toEqual(['Region', 'KATO code', 'Organizations', 'Open requests']);
    expect(overview.rows).toHaveLength(22);
    expect(overview.rows.find((row) => row[1] === ABAI)).toEqual(['Abay Region', ABAI, '3', '0']);
    expect(overview.rows.at(-1)).toEqual(['Total', '', '3', '0']);

    const { meta, content } = await file(ANALYST, EXPORT_COVERAGE, { regionCode: ABAI, format: 'XLSX' });
    const sheet = (await readXlsx(content)).worksheets[0];
    expect(meta.rowCount).toBe(findRegion(ABAI)?.districts.length);
    const byCode = new Map(
      sheet
        .getSheetValues()
        .slice(2)
        .map((row) => [(row as unknown[])[2], (row as unknown[]).slice(1)]),
    );
    expect(byCode.get(SEMEY)?.slice(0, 5)).toEqual(['Семей', SEMEY, 2, 1, 'Орнатылған']);
    expect(byCode.get(KURCHATOV)?.slice(0, 5)).toEqual(['Курчатов', KURCHATOV, 1, 0, 'Болмаған']);
    const unknown = await as(ANALYST).request(EXPORT_COVERAGE, { regionCode: '999', format: 'CSV' });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'regionCode', code: 'UNKNOWN_REGION' }] });
  });

  it('makes a regional summary PDF whose Kazakh text pdf.js reads exactly, with narratives only for those who may see them', async () => {
    const { meta, content } = await file(ABAI_STAFF, EXPORT_SUMMARY, { regionCode: ABAI });
    expect(meta).toMatchObject({ contentType: 'application/pdf', rowCount: 2 });
    const staff = await readPdfText(content);
    expect(staff.title).toBe('Абай облысы: өңірлік шолу');
    expect(staff.text).toContain('Байланыс орнатылған аудандар');
    expect(staff.text.replace(/\n/g, ' ')).toContain(NARRATIVE);
    expect(staff.text).toContain('Бастамашыл топтардың бас қосатын орны жоқ');

    const analyst = await readPdfText((await file(ANALYST, EXPORT_SUMMARY, { regionCode: ABAI, language: 'EN' })).content);
    expect(analyst.title).toBe('Abay Region: regional overview');
    expect(analyst.text).toContain('(withheld: personal data)');
    expect(analyst.text).not.toContain('Семейдегі');

    const national = await readPdfText((await file(ADMIN, EXPORT_SUMMARY, {})).content);
    expect(national.text).toContain('Астанада халық сақ');
    expect(national.text).toContain('Шымкент');

    const other = await as(ASTANA_STAFF).request(EXPORT_SUMMARY, { regionCode: ABAI });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_REGION' });
  });

  it("exports the analytics API's tables with the figures the API gives, shares as percents and the total last", async () => {
    const args = { measures: ['ORGANIZATIONS', 'VERIFIED_SHARE'], groupBy: ['REGION'] };
    const api = await as(ANALYST).data<{ insights: { rows: { keys: { code: string }[]; values: { value: number | null }[] }[]; total: { values: { value: number | null }[] } } }>(
      'query($measures: [InsightMeasure!]!, $groupBy: [InsightDimension!]) { insights(measures: $measures, groupBy: $groupBy) { rows { keys { code } values { value } } total { values { value } } } }',
      args,
    );
    const csv = await readCsv(
      (
        await file(
          ANALYST,
          `query($measures: [InsightMeasure!]!, $groupBy: [InsightDimension!]) { exportInsights(measures: $measures, groupBy: $groupBy, format: CSV, language: EN) { ${EXPORT_FILE} } }`,
          args,
        )
      ).content,
    );
    expect(csv.rows[0]).toEqual(['Region', 'Organizations', 'Verified share (%)']);
    const abai = api.insights.rows.find((row) => row.keys[0].code === ABAI);
    expect(abai?.values[0].value).toBe(3);
    expect(csv.rows.find((row) => row[0] === 'Abay Region')).toEqual([
      'Abay Region',
      '3',
      abai?.values[1].value === null ? '' : String(Math.round((abai?.values[1].value ?? 0) * 10000) / 100),
    ]);
    expect(csv.rows).toHaveLength(api.insights.rows.length + 2);
    expect(csv.rows.at(-1)?.slice(0, 2)).toEqual(['Total', String(api.insights.total.values[0].value)]);

    const drill = await readXlsx(
      (await file(ANALYST, `query($region: ID!) { exportInsightDrillDown(region: $region, measures: [ORGANIZATIONS], format: XLSX) { ${EXPORT_FILE} } }`, { region: ABAI }))
        .content,
    );
    const rows = drill.worksheets[0]
      .getSheetValues()
      .slice(2)
      .map((row) => (row as unknown[]).slice(1));
    expect(rows).toContainEqual(['Семей', 2]);
    expect(rows).toContainEqual(['Курчатов', 1]);
    const other = await as(ASTANA_STAFF).request(`query { exportInsightDrillDown(region: "${ABAI}", measures: [ORGANIZATIONS], format: CSV) { byteSize } }`);
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_REGION' });
  });
});
