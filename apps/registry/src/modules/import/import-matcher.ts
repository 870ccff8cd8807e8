import type { EntityManager } from 'typeorm';
import type { ImportRow, RowError } from './import-columns';

interface Existing {
  id: string;
  name: string;
  /** The stored record's region: an import by regional staff may update only their region's records. */
  regionCode: string;
}

/**
 * Which registered record a row of the file is, decided in Node from the registry's keys read once
 * at the start of the import's transaction: by BIN, else by Qazvolunteer.kz ID, else (for a row
 * with neither, among records with neither) by region, kind and exact name. A row whose BIN or ID
 * belongs to a record other than the one it matched is a conflict, reported with that record.
 */
export class ImportMatcher {
  private readonly byBin = new Map<string, Existing>();
  private readonly byQazvolunteerId = new Map<string, Existing>();
  private readonly byName = new Map<string, Existing>();
  /** How many records the registry held when the keys were read. */
  records = 0;

  static async load(manager: EntityManager): Promise<ImportMatcher> {
    const matcher = new ImportMatcher();
    const rows: { id: string; name: string; bin: string | null; qazvolunteer_id: string | null; region_code: string; kind: string }[] = await manager.query(
      `SELECT id, name, bin, qazvolunteer_id, region_code, kind FROM registry.organization`,
    );
    matcher.records = rows.length;
    for (const row of rows) {
      const existing = { id: row.id, name: row.name, regionCode: row.region_code };
      if (row.bin) matcher.byBin.set(row.bin, existing);
      if (row.qazvolunteer_id) matcher.byQazvolunteerId.set(row.qazvolunteer_id, existing);
      if (!row.bin && !row.qazvolunteer_id) {
        const key = nameKey(row.name, row.region_code, row.kind);
        if (!matcher.byName.has(key)) matcher.byName.set(key, existing);
      }
    }
    return matcher;
  }

  get empty(): boolean {
    return !this.byBin.size && !this.byQazvolunteerId.size && !this.byName.size;
  }

  /** The id of the record the row updates (null: a new record); conflicts go to `conflicts`. */
  match(row: ImportRow, conflicts: RowError[]): string | null {
    return this.matchRecord(row, conflicts)?.id ?? null;
  }

  /** The record the row updates, with its stored region (null: a new record); conflicts go to `conflicts`. */
  matchRecord(row: ImportRow, conflicts: RowError[]): { id: string; regionCode: string } | null {
    const { bin, qazvolunteerId } = row.profile;
    const found =
      (bin && this.byBin.get(bin)) ||
      (qazvolunteerId && this.byQazvolunteerId.get(qazvolunteerId)) ||
      (!bin && !qazvolunteerId && this.byName.get(nameKey(row.name, row.regionCode, row.kind))) ||
      null;
    const id = found ? found.id : null;
    const byId = qazvolunteerId ? this.byQazvolunteerId.get(qazvolunteerId) : undefined;
    if (byId && byId.id !== id) conflicts.push(conflict(row.line, 'qazvolunteer_id', 'DUPLICATE_QAZVOLUNTEER_ID', byId));
    const byBin = bin ? this.byBin.get(bin) : undefined;
    if (byBin && byBin.id !== id) conflicts.push(conflict(row.line, 'bin', 'DUPLICATE_BIN', byBin));
    return found && { id: found.id, regionCode: found.regionCode };
  }
}

function nameKey(name: string, regionCode: string, kind: string): string {
  return `${regionCode}\u0000${kind}\u0000${name}`;
}

/** A row whose BIN or Qazvolunteer.kz ID belongs to `existing`, another record. */
export function conflict(line: number, column: string, code: string, existing: Pick<Existing, 'id' | 'name'>): RowError {
  return { line, column, code, message: `belongs to another registered record: "${existing.name}" (${existing.id})`, existingId: existing.id };
}
