import { ASTANA, startRegistry, validBin, type RegistryHarness } from './support/registry-harness';

const IMPORT = `mutation($csv: String!) { importOrganizations(csv: $csv) { ok errorCount errors { line column code existingId } } }`;
const HEADER = 'name,kind,bin,region_code,directions';

describe('registry: an import racing a registration', () => {
  let h: RegistryHarness;
  beforeAll(async () => {
    h = await startRegistry();
  });
  afterAll(() => h?.stop());

  it("reports a BIN registered while the file was imported as the row's DUPLICATE_BIN, not an internal error", async () => {
    await h.client.data(IMPORT, { csv: `${HEADER}\nБірінші,NGO,${validBin(60)},${ASTANA},BILIM` });
    const bin = validBin(61);
    // Another writer registers the BIN, uncommitted, after the import would have read the registry's keys.
    const other = h.subgraph.dataSource.createQueryRunner();
    await other.connect();
    await other.startTransaction();
    try {
      const [registered] = await other.query(
        `INSERT INTO registry.organization (name, kind, region_code, directions, created_by, search_key, duplicate_key, bin)
         SELECT 'Қатар тіркелген', kind, region_code, directions, created_by, search_key, duplicate_key, $1 FROM registry.organization LIMIT 1 RETURNING id`,
        [bin],
      );
      const report = h.client.data<{ importOrganizations: unknown }>(IMPORT, { csv: `${HEADER}\nЖаңа,NGO,${validBin(62)},${ASTANA},BILIM\nҚатар,NGO,${bin},${ASTANA},BILIM` });
      // The import's COPY waits for the other transaction's row; then that one commits.
      for (let i = 0; i < 100; i++) {
        const waits = await h.subgraph.dataSource.query(`SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`);
        if (waits.length) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await other.commitTransaction();
      expect((await report).importOrganizations).toEqual({ ok: false, errorCount: 1, errors: [{ line: 3, column: 'bin', code: 'DUPLICATE_BIN', existingId: registered.id }] });
    } finally {
      if (other.isTransactionActive) await other.rollbackTransaction();
      await other.release();
    }
  }, 20000);
});
