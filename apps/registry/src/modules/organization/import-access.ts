import { accessError, assertRegionWrite } from '@birge/server-kit';
import { AccessRestriction, checkBin, regionWriteRestriction, type Identity } from '@birge/shared-reference';
import type { DataSource } from 'typeorm';
import { CsvSyntaxError, parseCsv } from '../import/csv';

const clean = (value: string | undefined) => (value ?? '').trim().replace(/\s+/g, ' ');

/**
 * Who may import a file: republican administrators and partners with registry:write any file;
 * analysts and partners without it nothing (READ_ONLY_ROLE); regional staff a file whose every row
 * is in their region and matches no record of another region by BIN or Qazvolunteer.kz ID (an
 * import updates the record it matches). Refused before the import reads anything, so a refused
 * file changes nothing. Only regional staff pay for the extra reading of the file.
 */
export async function assertImportAllowed(dataSource: DataSource, csv: string, identity: Identity | null): Promise<void> {
  const restriction = regionWriteRestriction(identity, null, 'registry');
  if (restriction === null) return;
  if (restriction !== AccessRestriction.OTHER_REGION) throw accessError(restriction, 'importOrganizations');
  const own = (identity as Identity).regionCode;

  let records: { line: number; cells: string[] }[];
  try {
    records = parseCsv(csv);
  } catch (error) {
    // The import reports a malformed file itself, and writes nothing.
    if (error instanceof CsvSyntaxError) return;
    throw error;
  }
  const [header, ...rows] = records;
  if (!header) return;
  const columns = header.cells.map((cell) => cell.trim().toLowerCase());
  const at = (column: string) => columns.indexOf(column);
  const [regionAt, binAt, qazvolunteerAt] = [at('region_code'), at('bin'), at('qazvolunteer_id')];
  const bins = new Set<string>();
  const qazvolunteerIds = new Set<string>();
  for (const row of rows) {
    const region = regionAt < 0 ? '' : clean(row.cells[regionAt]);
    // A row without a region fails the import's own checks.
    if (region) assertRegionWrite(identity, region, 'registry', `line ${row.line}: region ${region}`);
    const bin = binAt < 0 ? '' : clean(row.cells[binAt]);
    if (bin) {
      bins.add(bin);
      const checked = checkBin(bin);
      if (checked.valid) bins.add(checked.bin);
    }
    const qazvolunteerId = qazvolunteerAt < 0 ? '' : clean(row.cells[qazvolunteerAt]);
    if (qazvolunteerId) qazvolunteerIds.add(qazvolunteerId).add(qazvolunteerId.toUpperCase());
  }
  if (!bins.size && !qazvolunteerIds.size) return;
  const [foreign]: { id: string; region_code: string }[] = await dataSource.query(
    `SELECT id, region_code FROM registry.organization
     WHERE (bin = ANY($1::text[]) OR qazvolunteer_id = ANY($2::text[])) AND region_code IS DISTINCT FROM $3 LIMIT 1`,
    [[...bins], [...qazvolunteerIds], own],
  );
  if (foreign) assertRegionWrite(identity, foreign.region_code, 'registry', `a row matches organization ${foreign.id} of region ${foreign.region_code}`);
}
