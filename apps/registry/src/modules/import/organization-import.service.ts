import { performance } from 'node:perf_hooks';
import type { EventBus } from '@birge/server-kit';
import type { Identity, OrganizationKind } from '@birge/shared-reference';
import type { DataSource, EntityManager } from 'typeorm';
import { actorOf } from '../organization/organization.service';
import { copyCsvInto, } from './pg-copy';
import { copyField, CsvSyntaxError, parseCsv, pgTextArray } from './csv';
import { checkRow, IMPORT_COLUMNS, REQUIRED_COLUMNS, TABLE_COLUMN, type ImportColumn, type ImportRow, type RowError } from './import-columns';

export interface ImportProgress {
  phase: 'validate' | 'copy' | 'apply' | 'done';
  done: number;
  total: number;
}

export interface ImportResult {
  ok: boolean;
  dryRun: boolean;
  rowCount: number;
  created: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  /** At most `maxErrors` of them, in file order. */
  errors: RowError[];
}

export interface ImportOptions {
  dryRun?: boolean;
  onProgress?: (progress: ImportProgress) => void;
  maxErrors?: number;
  today?: Date;
  /** Filled with milliseconds per database step (for the benchmark). */
  timings?: Record<string, number>;
}

/** Staging columns, in COPY order. */
const STAGING = [
  'line', 'name', 'name_kk', 'name_ru', 'name_latin', 'kind', 'legal_form', 'bin', 'qazvolunteer_id', 'region_code', 'district_code',
  'directions', 'categories', 'modes', 'description', 'contact_people', 'volunteer_count', 'founded_on', 'status', 'search_key', 'duplicate_key',
];
const DATA_COLUMNS = STAGING.slice(1, -2);

class Rollback extends Error {}

/**
 * Bulk import of organizations from CSV (UTF-8). ALL OR NOTHING PER FILE: every row is checked
 * first, and one bad row (or a BIN / Qazvolunteer.kz ID that belongs to another record) means
 * nothing is written and the report lists every problem by line and column. Re-importing the same
 * file changes nothing: rows match existing records by BIN, else by Qazvolunteer.kz ID, else (for
 * records with neither) by region, kind and exact name; a matched record is updated only where the
 * file's columns differ, and only the columns the file has. Rows go to the database with COPY into
 * a temporary staging table, then one UPDATE and one INSERT apply them, and one statement per
 * consumer queue sends the events.
 */
export class OrganizationImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
  ) {}

  async import(csv: string, identity: Identity | null, options: ImportOptions = {}): Promise<ImportResult> {
    const maxErrors = options.maxErrors ?? 500;
    const progress = options.onProgress ?? (() => undefined);
    const result: ImportResult = { ok: false, dryRun: !!options.dryRun, rowCount: 0, created: 0, updated: 0, unchanged: 0, errorCount: 0, errors: [] };
    const fail = (errors: RowError[]) => ({ ...result, errorCount: errors.length, errors: errors.slice(0, maxErrors) });

    let records: { line: number; cells: string[] }[];
    try {
      records = parseCsv(csv);
    } catch (error) {
      if (error instanceof CsvSyntaxError) return fail([{ line: error.line, column: '', code: 'CSV_MALFORMED', message: error.message }]);
      throw error;
    }
    if (!records.length) return fail([{ line: 1, column: '', code: 'CSV_EMPTY', message: 'the file has no header and no rows' }]);
    const [header, ...data] = records;
    result.rowCount = data.length;
    const columns = header.cells.map((c) => c.trim().toLowerCase());
    const headerErrors: RowError[] = [];
    columns.forEach((column, i) => {
      if (!(IMPORT_COLUMNS as readonly string[]).includes(column)) headerErrors.push({ line: header.line, column, code: 'UNKNOWN_COLUMN', message: `column ${i + 1} "${header.cells[i]}" is not one of ${IMPORT_COLUMNS.join(', ')}` });
      else if (columns.indexOf(column) !== i) headerErrors.push({ line: header.line, column, code: 'DUPLICATE_COLUMN', message: `column "${column}" appears twice` });
    });
    for (const required of REQUIRED_COLUMNS) {
      if (!columns.includes(required)) headerErrors.push({ line: header.line, column: required, code: 'MISSING_COLUMN', message: `the file needs a "${required}" column` });
    }
    if (headerErrors.length) return fail(headerErrors);

    const index = new Map(columns.map((column, i) => [column as ImportColumn, i]));
    const errors: RowError[] = [];
    const rows: ImportRow[] = [];
    const today = options.today ?? new Date();
    const seen = new Map<string, number>();
    data.forEach((record, i) => {
      if (record.cells.length !== columns.length) {
        errors.push({ line: record.line, column: '', code: 'WRONG_CELL_COUNT', message: `has ${record.cells.length} cells, the header ${columns.length}` });
        return;
      }
      const row = checkRow(record.line, (column) => { const at = index.get(column); return at === undefined ? undefined : record.cells[at]; }, errors, today);
      if (row) {
        // The same record twice in one file: which one should win is not ours to guess.
        const keys = [row.profile.bin && `bin:${row.profile.bin}`, row.profile.qazvolunteerId && `qv:${row.profile.qazvolunteerId}`].filter(Boolean) as string[];
        if (!keys.length) keys.push(`name:${row.regionCode}:${row.kind}:${row.name}`);
        for (const key of keys) {
          const first = seen.get(key);
          if (first !== undefined) {
            const column = key.startsWith('bin') ? 'bin' : key.startsWith('qv') ? 'qazvolunteer_id' : 'name';
            errors.push({ line: row.line, column, code: 'DUPLICATE_IN_FILE', message: `the same record as line ${first}` });
          } else seen.set(key, row.line);
        }
        rows.push(row);
      }
      if (i % 5000 === 0) progress({ phase: 'validate', done: i, total: data.length });
    });
    progress({ phase: 'validate', done: data.length, total: data.length });
    if (errors.length) return fail(errors.sort((a, b) => a.line - b.line));

    const present = new Set(columns.map((c) => TABLE_COLUMN[c as ImportColumn]));
    try {
      const applied = await this.dataSource.transaction(async (manager) => {
        const outcome = await this.apply(manager, rows, present, identity, progress, options.timings ?? {});
        if ('conflicts' in outcome) throw Object.assign(new Rollback(), { conflicts: outcome.conflicts });
        if (options.dryRun) throw Object.assign(new Rollback(), { counts: outcome });
        return outcome;
      });
      progress({ phase: 'done', done: rows.length, total: rows.length });
      return { ...result, ok: true, ...applied, unchanged: rows.length - applied.created - applied.updated };
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
      const { conflicts, counts } = error as Rollback & { conflicts?: RowError[]; counts?: { created: number; updated: number } };
      if (conflicts) return fail(conflicts);
      return { ...result, ok: true, created: counts?.created ?? 0, updated: counts?.updated ?? 0, unchanged: rows.length - (counts?.created ?? 0) - (counts?.updated ?? 0) };
    }
  }

  private async apply(
    manager: EntityManager,
    rows: ImportRow[],
    present: Set<string>,
    identity: Identity | null,
    progress: (p: ImportProgress) => void,
    timings: Record<string, number>,
  ): Promise<{ created: number; updated: number } | { conflicts: RowError[] }> {
    let last = performance.now();
    const lap = (step: string) => {
      const now = performance.now();
      timings[step] = (timings[step] ?? 0) + (now - last);
      last = now;
    };
    await manager.query(`
      CREATE TEMP TABLE import_staging (
        line int PRIMARY KEY, id uuid, name text, name_kk text, name_ru text, name_latin text, kind text, legal_form text, bin text,
        qazvolunteer_id text, region_code text, district_code text, directions text[], categories text[], modes text[], description text,
        contact_people jsonb, volunteer_count int, founded_on date, status text, search_key text, duplicate_key text
      ) ON COMMIT DROP`);
    const chunks: Buffer[] = [];
    let lines: string[] = [];
    rows.forEach((row, i) => {
      const p = row.profile;
      lines.push(
        [
          row.line, row.name, p.nameKk, p.nameRu, p.nameLatin, row.kind, p.legalForm, p.bin, p.qazvolunteerId, row.regionCode, row.districtCode,
          pgTextArray(row.directions), pgTextArray(p.categories), pgTextArray(p.modes), p.description, JSON.stringify(row.contactPeople),
          p.volunteerCount, p.foundedOn, p.status ?? 'ACTIVE', row.searchKey, row.duplicateKey,
        ]
          .map(copyField)
          .join(','),
      );
      if (lines.length === 5000 || i === rows.length - 1) {
        chunks.push(Buffer.from(lines.join('\n') + '\n', 'utf8'));
        lines = [];
        progress({ phase: 'copy', done: i + 1, total: rows.length });
      }
    });
    lap('build copy data');
    await copyCsvInto(manager, 'import_staging', STAGING, chunks);
    await manager.query(`ANALYZE import_staging`);
    lap('copy into staging');
    progress({ phase: 'apply', done: 0, total: rows.length });

    await manager.query(`UPDATE import_staging s SET id = o.id FROM registry.organization o WHERE s.bin IS NOT NULL AND o.bin = s.bin`);
    await manager.query(`UPDATE import_staging s SET id = o.id FROM registry.organization o
      WHERE s.id IS NULL AND s.qazvolunteer_id IS NOT NULL AND o.qazvolunteer_id = s.qazvolunteer_id`);
    await manager.query(`UPDATE import_staging s SET id = o.id FROM registry.organization o
      WHERE s.id IS NULL AND s.bin IS NULL AND s.qazvolunteer_id IS NULL AND o.bin IS NULL AND o.qazvolunteer_id IS NULL
        AND o.name = s.name AND o.region_code = s.region_code AND o.kind = s.kind`);
    const conflicts: { line: number; column: string; existing_id: string; existing_name: string }[] = await manager.query(`
      SELECT s.line, 'qazvolunteer_id' AS column, o.id AS existing_id, o.name AS existing_name
      FROM import_staging s JOIN registry.organization o ON o.qazvolunteer_id = s.qazvolunteer_id WHERE o.id IS DISTINCT FROM s.id
      UNION ALL
      SELECT s.line, 'bin', o.id, o.name FROM import_staging s JOIN registry.organization o ON o.bin = s.bin WHERE o.id IS DISTINCT FROM s.id
      ORDER BY 1 LIMIT 1000`);
    lap('match and conflicts');
    if (conflicts.length) {
      return {
        conflicts: conflicts.map((c) => ({
          line: c.line,
          column: c.column,
          code: c.column === 'bin' ? 'DUPLICATE_BIN' : 'DUPLICATE_QAZVOLUNTEER_ID',
          message: `belongs to another registered record: "${c.existing_name}" (${c.existing_id})`,
          existingId: c.existing_id,
        })),
      };
    }

    const actor = actorOf(identity);
    const set = DATA_COLUMNS.filter((c) => present.has(c));
    const allSet = [...set, 'search_key', 'duplicate_key'];
    const updated: { id: string; name: string; kind: string; region_code: string; district_code: string | null; version: number }[] = await manager.query(
      `UPDATE registry.organization o SET ${allSet.map((c) => `${c} = s.${c}`).join(', ')},
         version = o.version + 1, updated_at = now(), updated_by = $1
       FROM import_staging s
       WHERE o.id = s.id AND (${set.map((c) => `o.${c}`).join(', ')}) IS DISTINCT FROM (${set.map((c) => `s.${c}`).join(', ')})
       RETURNING o.id, o.name, o.kind, o.region_code, o.district_code, o.version`,
      [actor],
    ).then((r: [unknown[], number]) => r[0] as never);
    lap('update changed');
    const created: { id: string; name: string; kind: string; region_code: string; district_code: string | null }[] = await manager.query(
      `INSERT INTO registry.organization (${DATA_COLUMNS.join(', ')}, search_key, duplicate_key, created_by)
       SELECT ${DATA_COLUMNS.join(', ')}, search_key, duplicate_key, $1 FROM import_staging WHERE id IS NULL ORDER BY line
       RETURNING id, name, kind, region_code, district_code`,
      [actor],
    );
    lap('insert new');
    await this.events.publishMany(
      manager,
      'registry.organization-registered',
      created.map((o) => ({ organizationId: o.id, name: o.name, kind: o.kind as OrganizationKind, regionCode: o.region_code, districtCode: o.district_code })),
    );
    await this.events.publishMany(
      manager,
      'registry.organization-updated',
      updated.map((o) => ({ organizationId: o.id, name: o.name, kind: o.kind as OrganizationKind, regionCode: o.region_code, districtCode: o.district_code, version: o.version })),
    );
    lap('events');
    progress({ phase: 'apply', done: rows.length, total: rows.length });
    return { created: created.length, updated: updated.length };
  }
}
