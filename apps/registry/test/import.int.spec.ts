import type { ImportResult } from '../src/modules/import/import-options';
import { ABAI_REGION, ASTANA, ESIL, SEMEY, startRegistry, validBin, type RegistryHarness } from './support/registry-harness';

const IMPORT = `mutation($csv: String!, $dryRun: Boolean) {
  importOrganizations(csv: $csv, dryRun: $dryRun) { ok dryRun rowCount created updated unchanged errorCount errors { line column code message existingId } }
}`;

const HEADER =
  'name,name_kk,name_ru,kind,legal_form,bin,qazvolunteer_id,region_code,district_code,directions,categories,modes,volunteer_count,founded_on,contact_name,contact_phones,description';
const GOOD = [
  HEADER,
  `"Қамқор","Қамқор қоғамдық қоры","Общественный фонд ""Камкор""",NGO,PUBLIC_FOUNDATION,${validBin(21)},QV-21,${ASTANA},${ESIL},QAMQOR;OTHER_SOCIAL,SILVER,OFFLINE,40,2015-03-20,Айгүл Серікқызы,8 701 234 56 78,"Қарттарға көмек, апта сайын"`,
  `Үміт іздеушілері,,,INITIATIVE_GROUP,,,QV-22,${ABAI_REGION},${SEMEY},UMIT,,AUTO;OFFLINE,12,,,,Іздеу-құтқару`,
  `Айгерім Нұрланқызы,,,INDEPENDENT_VOLUNTEER,,,,${ABAI_REGION},,MEDIA,PRO_BONO,ONLINE,1,,,,`,
].join('\n');

describe('registry: bulk import from CSV', () => {
  let h: RegistryHarness;
  const run = async (csv: string, dryRun = false) => (await h.client.data<{ importOrganizations: ImportResult }>(IMPORT, { csv, dryRun })).importOrganizations;
  const jobs = async () =>
    Number(
      (
        await h.subgraph.dataSource.query(
          `SELECT count(*) AS n FROM pgboss.job WHERE name IN ('analytics.organization-figures', 'assistance.organization-directory', 'analytics.organization-updates')`,
        )
      )[0].n,
    );
  const importJobs = async () => Number((await h.subgraph.dataSource.query(`SELECT count(*) AS n FROM pgboss.job WHERE data->>'name' = 'registry.organizations-imported'`))[0].n);

  beforeAll(async () => {
    h = await startRegistry();
  });
  afterAll(() => h?.stop());

  it('checks a dry run without writing anything', async () => {
    expect(await run(GOOD, true)).toMatchObject({ ok: true, dryRun: true, rowCount: 3, created: 3, updated: 0 });
    expect(await h.count()).toBe(0);
  });

  it('imports real-looking Kazakh rows with one event per batch of records, and a re-import changes nothing', async () => {
    expect(await run(GOOD)).toMatchObject({ ok: true, rowCount: 3, created: 3, updated: 0, unchanged: 0, errorCount: 0 });
    const [kamkor] = await h.subgraph.dataSource.query(
      `SELECT name_ru, bin, contact_people, categories, version, description FROM registry.organization WHERE qazvolunteer_id = 'QV-21'`,
    );
    expect(kamkor).toMatchObject({
      name_ru: 'Общественный фонд "Камкор"',
      bin: validBin(21),
      categories: ['SILVER'],
      version: 1,
      description: 'Қарттарға көмек, апта сайын',
      contact_people: [{ name: 'Айгүл Серікқызы', role: null, phones: ['+77012345678'], emails: [], socialLinks: [] }],
    });
    // No event per record: one registry.organizations-imported batch, a job for each consumer queue, one event id for both.
    expect(await jobs()).toBe(0);
    const sent: { name: string; data: Record<string, unknown>; retry_limit: number }[] = await h.subgraph.dataSource.query(
      `SELECT name, data, retry_limit FROM pgboss.job WHERE data->>'name' = 'registry.organizations-imported' ORDER BY name`,
    );
    expect(sent.map((job) => job.name)).toEqual(['analytics.organization-imports', 'assistance.organization-imports', 'notifications.organization-imports']);
    const ids: { id: string }[] = await h.subgraph.dataSource.query(`SELECT id FROM registry.organization ORDER BY id`);
    expect(sent[0].data).toEqual({
      eventId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'registry.organizations-imported',
      occurredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      payload: {
        importId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        batch: 0,
        change: 'REGISTERED',
        // In file order; the ids are time-ordered, so file order is id order.
        organizationIds: ids.map((r) => r.id),
        kinds: ['NGO', 'INITIATIVE_GROUP', 'INDEPENDENT_VOLUNTEER'],
        regionCodes: [ASTANA, ABAI_REGION, ABAI_REGION],
        districtCodes: [ESIL, SEMEY, null],
        versions: [1, 1, 1],
        // What analytics cuts organizations by (legal form only for the NGO).
        profiles: {
          legalForms: ['PUBLIC_FOUNDATION', null, null],
          directions: [['QAMQOR', 'OTHER_SOCIAL'], ['UMIT'], ['MEDIA']],
          categories: [['SILVER'], [], ['PRO_BONO']],
          modes: expect.any(Array),
        },
      },
    });
    expect(sent[1].data.eventId).toBe(sent[0].data.eventId);
    expect(sent[0].retry_limit).toBe(25);
    const searchable = await h.client.data<{ organizations: { edges: { node: { name: string } }[] } }>(
      `{ organizations(filter: { search: "kamkor" }) { edges { node { name } } } }`,
    );
    expect(searchable.organizations.edges.map((e) => e.node.name)).toEqual(['Қамқор']);

    expect(await run(GOOD)).toMatchObject({ ok: true, created: 0, updated: 0, unchanged: 3 });
    expect(await h.count()).toBe(3);
    expect(await importJobs()).toBe(3);
  });

  it('updates by BIN and Qazvolunteer.kz ID only what changed', async () => {
    const changed = GOOD.replace(',40,2015-03-20,', ',55,2015-03-20,');
    expect(await run(changed)).toMatchObject({ ok: true, created: 0, updated: 1, unchanged: 2 });
    const [row] = await h.subgraph.dataSource.query(`SELECT volunteer_count, version, updated_by FROM registry.organization WHERE bin = $1`, [validBin(21)]);
    expect(row).toEqual({ volunteer_count: 55, version: 2, updated_by: 'demo-republican-admin' });
    const [update] = await h.subgraph.dataSource.query(`SELECT data FROM pgboss.job WHERE name = 'analytics.organization-imports' AND data->'payload'->>'change' = 'UPDATED'`);
    const [kamkor] = await h.subgraph.dataSource.query(`SELECT id FROM registry.organization WHERE bin = $1`, [validBin(21)]);
    expect(update.data).toMatchObject({
      name: 'registry.organizations-imported',
      payload: { batch: 0, change: 'UPDATED', organizationIds: [kamkor.id], kinds: ['NGO'], regionCodes: [ASTANA], districtCodes: [ESIL], versions: [2] },
    });
    expect(await jobs()).toBe(0);
  });

  it('gives every batch of one file, new and updated records alike, the same importId', async () => {
    const file = [
      HEADER,
      // Changed: Қамқор's volunteer count; new: a record no one has registered.
      GOOD.split('\n')[1].replace(',40,2015-03-20,', ',60,2015-03-20,'),
      `Жаңа қор,,,NGO,,${validBin(40)},,${ASTANA},,BILIM,,,,,,,`,
    ].join('\n');
    const before: { id: string }[] = await h.subgraph.dataSource.query(`SELECT id FROM pgboss.job WHERE data->>'name' = 'registry.organizations-imported'`);
    expect(await run(file)).toMatchObject({ ok: true, created: 1, updated: 1 });
    const sent: { change: string; importId: string }[] = await h.subgraph.dataSource.query(
      `SELECT data->'payload'->>'change' AS change, data->'payload'->>'importId' AS "importId" FROM pgboss.job
       WHERE data->>'name' = 'registry.organizations-imported' AND NOT (id = ANY($1::uuid[]))`,
      [before.map((j) => j.id)],
    );
    expect(new Set(sent.map((j) => j.change))).toEqual(new Set(['REGISTERED', 'UPDATED']));
    expect(new Set(sent.map((j) => j.importId)).size).toBe(1);
  });

  it('reports every bad row by line and column and imports none of the file', async () => {
    const before = await h.count();
    const bad = [
      HEADER,
      `Жаңа ұйым,,,NGO,,${validBin(30)},,${ASTANA},,BILIM,,,,,,,`,
      `Қате БСН,,,NGO,,971240001316,,${ASTANA},,BILIM,,,,,,,`,
      `Басқа облыс,,,INITIATIVE_GROUP,,,,${ASTANA},${SEMEY},SPACE,,,many,2999-01-01,,12345,`,
      `Тағы,,,NGO,,${validBin(30)},,${ASTANA},,BILIM,,,,,,,`,
    ].join('\n');
    const report = await run(bad);
    expect(report.ok).toBe(false);
    expect(report.errors.map((e) => `${e.line}:${e.column}:${e.code}`)).toEqual([
      '3:bin:INVALID_BIN',
      '4:district_code:DISTRICT_NOT_IN_REGION',
      '4:directions:UNKNOWN_VALUE',
      '4:volunteer_count:NOT_AN_INTEGER',
      '4:contact_name:REQUIRED',
      '4:founded_on:DATE_IN_FUTURE',
      '5:bin:DUPLICATE_IN_FILE',
    ]);
    expect(await h.count()).toBe(before);
  });

  it("refuses a file that takes another record's BIN, naming it, and a malformed file", async () => {
    const before = await h.count();
    const [umit] = await h.subgraph.dataSource.query(`SELECT id FROM registry.organization WHERE qazvolunteer_id = 'QV-22'`);
    // The BIN is Қамқор's, the Qazvolunteer.kz ID Үміт's: two records, so the row cannot be either.
    const steal = [HEADER, `Жаңа атау,,,NGO,,${validBin(32)},,${ASTANA},,BILIM,,,,,,,`, `Ұрланған,,,NGO,,${validBin(21)},QV-22,${ASTANA},,BILIM,,,,,,,`].join('\n');
    const report = await run(steal);
    expect(report.ok).toBe(false);
    expect(report.errors).toEqual([expect.objectContaining({ line: 3, column: 'qazvolunteer_id', code: 'DUPLICATE_QAZVOLUNTEER_ID', existingId: umit.id })]);
    expect(await h.count()).toBe(before);

    expect((await run('name,kind\n"unclosed,NGO\n')).errors[0]).toMatchObject({ code: 'CSV_MALFORMED', line: 2 });
    expect((await run('name,kind,colour\nA,NGO,red\n')).errors.map((e) => e.code)).toEqual(['UNKNOWN_COLUMN', 'MISSING_COLUMN', 'MISSING_COLUMN']);
    expect((await run(`${HEADER}\nonly,three,cells\n`)).errors[0]).toMatchObject({ code: 'WRONG_CELL_COUNT', line: 2 });
    expect(await h.count()).toBe(before);
  });
});

describe("registry: a large import's events", () => {
  let h: RegistryHarness;
  beforeAll(async () => {
    h = await startRegistry();
  });
  afterAll(() => h?.stop());

  it('rolls back the chunks already stored when a row near the end is bad', async () => {
    // Line 4,000 is in the second chunk: the first 2,000 records are COPYed by the time it is checked.
    const rows = Array.from({ length: 4100 }, (_, i) => `Топ ${i + 1},${i === 3998 ? 'NOT_A_KIND' : 'INITIATIVE_GROUP'},${ASTANA},,BILIM`);
    const csv = ['name,kind,region_code,district_code,directions', ...rows].join('\n');
    const report = (await h.client.data<{ importOrganizations: ImportResult }>(IMPORT, { csv })).importOrganizations;
    expect(report.ok).toBe(false);
    expect(report.errors.map((e) => `${e.line}:${e.column}`)).toEqual(['4000:kind']);
    expect(await h.count()).toBe(0);
    expect(Number((await h.subgraph.dataSource.query(`SELECT count(*) AS n FROM pgboss.job WHERE data->>'name' = 'registry.organizations-imported'`))[0].n)).toBe(0);
    const staging = await h.subgraph.dataSource.query(`SELECT relname FROM pg_class WHERE relname IN ('import_staging', 'import_changed')`);
    expect(staging).toEqual([]);
  });

  it('sends its records in batches of 2,000, each record in exactly one batch, in the same transaction as the rows', async () => {
    const rows = Array.from({ length: 4100 }, (_, i) => `Топ ${i + 1},INITIATIVE_GROUP,${i % 2 ? ASTANA : ABAI_REGION},${i % 2 ? ESIL : ''},BILIM`);
    const csv = ['name,kind,region_code,district_code,directions', ...rows].join('\n');
    const report = (await h.client.data<{ importOrganizations: ImportResult }>(IMPORT, { csv })).importOrganizations;
    expect(report).toMatchObject({ ok: true, created: 4100 });
    const batches: { batch: number; n: number; ids: string[] }[] = await h.subgraph.dataSource.query(
      `SELECT (data->'payload'->>'batch')::int AS batch, jsonb_array_length(data->'payload'->'organizationIds') AS n,
         ARRAY(SELECT jsonb_array_elements_text(data->'payload'->'organizationIds')) AS ids
       FROM pgboss.job WHERE name = 'analytics.organization-imports' ORDER BY 1`,
    );
    expect(batches.map((b) => [b.batch, b.n])).toEqual([
      [0, 2000],
      [1, 2000],
      [2, 100],
    ]);
    const stored: { id: string }[] = await h.subgraph.dataSource.query(`SELECT id FROM registry.organization ORDER BY id`);
    expect(batches.flatMap((b) => b.ids)).toEqual(stored.map((r) => r.id));
    // A refused file writes no events at all.
    const imported = async () => Number((await h.subgraph.dataSource.query(`SELECT count(*) AS n FROM pgboss.job WHERE data->>'name' = 'registry.organizations-imported'`))[0].n);
    expect(await imported()).toBe(9);
    const refused = (await h.client.data<{ importOrganizations: ImportResult }>(IMPORT, { csv: `${csv}\nX,NGO,${ASTANA},,BILIM` })).importOrganizations;
    expect(refused.ok).toBe(false);
    expect(await imported()).toBe(9);
  });
});
