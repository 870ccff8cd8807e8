import { completeBin, Role } from '@birge/shared-reference';
import { ABAI_REGION, ASTANA, ESIL, startRegistry, type RegistryHarness } from './support/registry-harness';

const ADMIN = { userId: 'bulk-test', role: Role.REPUBLICAN_ADMIN, regionCode: null };

/** Distinct valid BINs, as many as the files below need. */
const BINS: string[] = [];
for (let serial = 0; BINS.length < 8_000; serial++) {
  const bin = completeBin(`150340${String(serial).padStart(5, '0')}`);
  if (bin) BINS.push(bin);
}

/** `count` organizations, every tenth with a BIN, alternating between two regions, with a mix of categories, modes and statuses. */
function organizations(count: number, from = 0, badLine?: number): string {
  const rows = Array.from({ length: count }, (_, k) => {
    const i = from + k;
    const kind = badLine === k + 2 ? 'NOT_A_KIND' : i % 10 ? 'INITIATIVE_GROUP' : 'NGO';
    const categories = ['', 'CHILDREN', 'SILVER;PRO_BONO'][i % 3];
    const modes = ['ONLINE', '', 'AUTO;OFFLINE', 'OFFLINE'][i % 4];
    const status = ['', 'ACTIVE', 'DORMANT', 'CLOSED', ''][i % 5];
    return `Ұйым ${i},${kind},${i % 10 ? '' : BINS[i / 10]},${i % 2 ? ASTANA : ABAI_REGION},${i % 2 ? ESIL : ''},BILIM;MEDIA,${categories},${modes},${status}`;
  });
  return ['name,kind,bin,region_code,district_code,directions,categories,modes,status', ...rows].join('\n');
}

describe('registry: a bulk import', () => {
  let h: RegistryHarness;
  // Files this large come from the command-line tool, which calls the service (the API takes bodies up to 1 MiB).
  const run = (csv: string, dryRun = false) => h.subgraph.services.imports.import(csv, ADMIN, { dryRun });
  /** Every index and foreign key of the organization table: name, definition and object id (a rebuilt index has a new one). */
  const structure = async () =>
    (await h.subgraph.dataSource.query(
      `SELECT c.relname AS name, pg_get_indexdef(c.oid) AS definition, c.oid::int AS oid, i.indisvalid AS valid
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = 'registry.organization'::regclass
       UNION ALL
       SELECT conname, pg_get_constraintdef(oid), oid::int, convalidated FROM pg_constraint WHERE conrelid = 'registry.organization'::regclass AND contype = 'f'
       ORDER BY name`,
    )) as { name: string; definition: string; oid: number; valid: boolean }[];
  const withoutOids = (rows: { oid: number }[]) => rows.map(({ oid: _oid, ...rest }) => rest);

  beforeAll(async () => {
    h = await startRegistry();
  });
  afterAll(() => h?.stop());

  it('keeps the indexes in place for a dry run and for a refused file, and rolls back every stored chunk', async () => {
    const before = await structure();
    expect(before.length).toBeGreaterThan(10);
    expect(await run(organizations(12_000), true)).toMatchObject({ ok: true, created: 12_000 });
    // Line 11,990 is in the last chunk: the first chunks are stored (without indexes) by the time it is checked.
    const refused = await run(organizations(12_000, 0, 11_990));
    expect(refused).toMatchObject({ ok: false, errorCount: 1, errors: [{ line: 11_990, column: 'kind', code: 'UNKNOWN_VALUE' }] });
    expect(await h.count()).toBe(0);
    expect(await structure()).toEqual(before);
  });

  it('loads a file larger than the registry without its indexes and builds them again as they were', async () => {
    const before = await structure();
    expect(await run(organizations(12_000))).toMatchObject({ ok: true, created: 12_000, errorCount: 0 });
    const after = await structure();
    expect(withoutOids(after)).toEqual(withoutOids(before));
    // Rebuilt: every index and foreign key is a new object, but the primary key and the partial indexes no imported record enters.
    const kept = ['organization_last_contact_idx', 'organization_pkey', 'organization_verification_idx'];
    const rebuilt = after.filter((row, i) => row.oid !== before[i].oid).map((row) => row.name);
    expect(rebuilt).toEqual(before.filter((row) => !kept.includes(row.name)).map((row) => row.name));

    // The rebuilt structures work: a search through the trigram index, a unique BIN, a region that must exist.
    const runner = h.subgraph.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await runner.query(`SET LOCAL enable_seqscan = off`);
      const search = `SELECT name FROM registry.organization WHERE search_key LIKE '%11999%'`;
      const plan: { 'QUERY PLAN': string }[] = await runner.query(`EXPLAIN ${search}`);
      expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('organization_search_key_trgm');
      expect(await runner.query(search)).toEqual([{ name: 'Ұйым 11999' }]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    const insert = (bin: string | null, region: string) =>
      h.subgraph.dataSource.query(`INSERT INTO registry.organization (name, kind, region_code, directions, created_by, bin) VALUES ('Тексеру', 'NGO', $2, '{BILIM}', 'test', $1)`, [
        bin,
        region,
      ]);
    await expect(insert(BINS[1], ASTANA)).rejects.toMatchObject({ code: '23505' });
    await expect(insert(null, '999999999')).rejects.toMatchObject({ code: '23503' });

    // The facet counts follow the loaded records: the maintained counts equal counting every row.
    const [{ total }] = await h.subgraph.dataSource.query(`SELECT sum(delta)::int AS total FROM registry.organization_facet_delta WHERE facet = 'total'`);
    expect(total).toBe(12_000);
    const search = h.subgraph.services.search;
    expect(await search.unfilteredFacets()).toEqual(await search.filteredFacets({}, ADMIN));
    const [{ enabled }] = await h.subgraph.dataSource.query(`SELECT tgenabled AS enabled FROM pg_trigger WHERE tgname = 'organization_facets_insert'`);
    expect(enabled).toBe('O');

    // Files smaller than the registry go in with the indexes in place (the second one large enough
    // for a bulk load, but not as large as the registry), and re-importing changes nothing.
    expect(await run(organizations(3_000, 12_000))).toMatchObject({ ok: true, created: 3_000 });
    expect(await run(organizations(12_000, 60_000))).toMatchObject({ ok: true, created: 12_000 });
    expect(await structure()).toEqual(after);
    expect(await run(organizations(12_000))).toMatchObject({ ok: true, created: 0, updated: 0, unchanged: 12_000 });
  });

  it('leaves the indexes in place when someone is reading the table, rather than make them wait', async () => {
    const reader = h.subgraph.dataSource.createQueryRunner();
    await reader.connect();
    await reader.startTransaction();
    try {
      await reader.query(`SELECT count(*) FROM registry.organization`);
      const before = await structure();
      expect(await run(organizations(20_000, 20_000))).toMatchObject({ ok: true, created: 20_000 });
      expect(await structure()).toEqual(before);
    } finally {
      await reader.rollbackTransaction();
      await reader.release();
    }
  }, 90_000);
});
