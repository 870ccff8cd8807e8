import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { EventBus } from '@birge/server-kit';
import type { Identity } from '@birge/shared-reference';
import type { DataSource, EntityManager } from 'typeorm';
import { actorOf } from '../organization/organization.service';
import { openCopyFrom } from './pg-copy';
import { TimeOrderedIds } from './time-ordered-id';
import { copyField, CsvSyntaxError, parseCsv, pgTextArray } from './csv';
import { checkContext, checkRow, IMPORT_COLUMNS, REQUIRED_COLUMNS, TABLE_COLUMN, type ImportColumn, type ImportPlaces, type ImportRow, type RowError } from './import-columns';

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
  'line', 'new_id', 'name', 'name_kk', 'name_ru', 'name_latin', 'kind', 'legal_form', 'bin', 'qazvolunteer_id', 'region_code', 'district_code',
  'directions', 'categories', 'modes', 'description', 'contact_people', 'volunteer_count', 'founded_on', 'status', 'search_key', 'duplicate_key',
];
const DATA_COLUMNS = STAGING.slice(2, -2);
/** Records per registry.organizations-imported event. */
const EVENT_BATCH_ROWS = 2000;
/** Rows checked, then handed to COPY, at a time. */
const COPY_CHUNK_ROWS = 2000;

class Rollback extends Error {}

/**
 * Bulk import of organizations from CSV (UTF-8). ALL OR NOTHING PER FILE: every row is checked
 * first, and one bad row (or a BIN / Qazvolunteer.kz ID that belongs to another record) means
 * nothing is written and the report lists every problem by line and column. Re-importing the same
 * file changes nothing: rows match existing records by BIN, else by Qazvolunteer.kz ID, else (for
 * records with neither) by region, kind and exact name; a matched record is updated only where the
 * file's columns differ, and only the columns the file has.
 *
 * Fast at 100,000 rows: checked rows stream with COPY into a temporary staging table while the next
 * ones are still being checked; then one UPDATE and one INSERT apply them, each writing its events
 * (a pg-boss job per record and consumer queue) inside PostgreSQL in the same statement, so no
 * record travels back to Node.
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

    const index = columns.map((column) => column as ImportColumn);
    const at = new Map(index.map((column, i) => [column, i]));
    const present = new Set(columns.map((c) => TABLE_COLUMN[c as ImportColumn]));
    const timings = options.timings ?? {};
    try {
      const applied = await this.dataSource.transaction(async (manager) => {
        const checked = await this.checkAndCopy(manager, data, at, columns.length, options, progress, timings);
        if ('errors' in checked) throw Object.assign(new Rollback(), { conflicts: checked.errors });
        progress({ phase: 'apply', done: 0, total: data.length });
        const outcome = await this.apply(manager, checked.rows, present, identity, timings);
        if ('conflicts' in outcome) throw Object.assign(new Rollback(), { conflicts: outcome.conflicts });
        if (options.dryRun) throw Object.assign(new Rollback(), { counts: outcome });
        return outcome;
      });
      progress({ phase: 'done', done: data.length, total: data.length });
      return { ...result, ok: true, ...applied, unchanged: data.length - applied.created - applied.updated };
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
      const { conflicts, counts } = error as Rollback & { conflicts?: RowError[]; counts?: { created: number; updated: number } };
      if (conflicts) return fail(conflicts);
      return { ...result, ok: true, created: counts?.created ?? 0, updated: counts?.updated ?? 0, unchanged: data.length - (counts?.created ?? 0) - (counts?.updated ?? 0) };
    }
  }

  /**
   * Checks every row and, while no row has failed yet, streams the checked rows into the staging
   * table: PostgreSQL parses and stores one chunk while Node checks the next. A bad row stops the
   * copying (the transaction is rolled back) but not the checking, so the report lists every problem.
   */
  private async checkAndCopy(
    manager: EntityManager,
    data: { line: number; cells: string[] }[],
    at: Map<ImportColumn, number>,
    cellCount: number,
    options: ImportOptions,
    progress: (p: ImportProgress) => void,
    timings: Record<string, number>,
  ): Promise<{ rows: number } | { errors: RowError[] }> {
    const started = performance.now();
    // Room for the whole file in memory: the facet trigger's transition table (every new row) and
    // the matching joins would otherwise spill to temporary files. This transaction only.
    await manager.query(`SET LOCAL work_mem = '256MB'`);
    await manager.query(`
      CREATE TEMP TABLE import_staging (
        line int NOT NULL, id uuid, new_id uuid NOT NULL, name text, name_kk text, name_ru text, name_latin text, kind text, legal_form text, bin text,
        qazvolunteer_id text, region_code text, district_code text, directions text[], categories text[], modes text[], description text,
        contact_people jsonb, volunteer_count int, founded_on date, status text, search_key text, duplicate_key text
      ) ON COMMIT DROP`);
    const context = checkContext(options.today ?? new Date(), await this.places(manager));
    const copy = await openCopyFrom(manager, 'import_staging', STAGING);
    const errors: RowError[] = [];
    const seen = new Map<string, number>();
    const ids = new TimeOrderedIds();
    let rows = 0;
    for (let from = 0; from < data.length; from += COPY_CHUNK_ROWS) {
      let lines = '';
      const to = Math.min(from + COPY_CHUNK_ROWS, data.length);
      for (let i = from; i < to; i++) {
        const record = data[i];
        if (record.cells.length !== cellCount) {
          errors.push({ line: record.line, column: '', code: 'WRONG_CELL_COUNT', message: `has ${record.cells.length} cells, the header ${cellCount}` });
          continue;
        }
        const cells = record.cells;
        const row = checkRow(record.line, (column) => { const i = at.get(column); return i === undefined ? undefined : cells[i]; }, errors, context);
        if (!row) continue;
        // The same record twice in one file: which one should win is not ours to guess.
        const p = row.profile;
        const keys = [p.bin && `bin:${p.bin}`, p.qazvolunteerId && `qv:${p.qazvolunteerId}`].filter(Boolean) as string[];
        if (!keys.length) keys.push(`name:${row.regionCode}:${row.kind}:${row.name}`);
        for (const key of keys) {
          const first = seen.get(key);
          if (first !== undefined) {
            const column = key.startsWith('bin') ? 'bin' : key.startsWith('qv') ? 'qazvolunteer_id' : 'name';
            errors.push({ line: row.line, column, code: 'DUPLICATE_IN_FILE', message: `the same record as line ${first}` });
          } else seen.set(key, row.line);
        }
        if (!errors.length) {
          lines += stagingLine(row, ids.next());
          rows++;
        }
      }
      if (!errors.length && lines) copy.write(Buffer.from(lines, 'utf8'));
      progress({ phase: 'validate', done: to, total: data.length });
      // Let the socket take the chunk, so PostgreSQL works on it while we check the next one.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const copied = await copy.end();
    timings['check and copy'] = (timings['check and copy'] ?? 0) + (performance.now() - started);
    if (errors.length) return { errors: errors.sort((a, b) => a.line - b.line) };
    if (copied !== rows) throw new Error(`COPY loaded ${copied} of ${rows} rows`);
    progress({ phase: 'copy', done: rows, total: data.length });
    return { rows };
  }

  /** The registry's live places; the reference data can be edited, so not the seed file. */
  private async places(manager: EntityManager): Promise<ImportPlaces> {
    const regions: { code: string }[] = await manager.query(`SELECT code FROM registry.region`);
    const districts: { code: string; region_code: string; abolished: boolean }[] = await manager.query(
      `SELECT code, region_code, abolished_on IS NOT NULL AS abolished FROM registry.district`,
    );
    return {
      regionCodes: new Set(regions.map((r) => r.code)),
      districtRegion: new Map(districts.map((d) => [d.code, d.region_code])),
      abolished: new Set(districts.filter((d) => d.abolished).map((d) => d.code)),
    };
  }

  private async apply(
    manager: EntityManager,
    rows: number,
    present: Set<string>,
    identity: Identity | null,
    timings: Record<string, number>,
  ): Promise<{ created: number; updated: number } | { conflicts: RowError[] }> {
    let last = performance.now();
    const lap = (step: string) => {
      const now = performance.now();
      timings[step] = (timings[step] ?? 0) + (now - last);
      last = now;
    };
    // Statistics of the matching columns only: without them the planner picks nested loops for the joins below.
    await manager.query(`ANALYZE import_staging (id, bin, qazvolunteer_id, name, region_code, kind)`);
    lap('analyze staging');
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

    // The rows never come back to Node. New records get the ids made while checking (new_id);
    // changed ones are noted in import_changed. Their events are one per batch of records
    // (registry.organizations-imported), built inside PostgreSQL from the staging table in the same
    // transaction: a few dozen jobs for 100,000 rows instead of one per record and consumer queue.
    const actor = actorOf(identity);
    const set = DATA_COLUMNS.filter((c) => present.has(c));
    const allSet = [...set, 'search_key', 'duplicate_key'];
    await manager.query(`CREATE TEMP TABLE import_changed (line int NOT NULL, id uuid NOT NULL, kind text, region_code text, district_code text, version int) ON COMMIT DROP`);
    const updated = await affectedRows(
      manager,
        `WITH changed AS (
           UPDATE registry.organization o SET ${allSet.map((c) => `${c} = s.${c}`).join(', ')},
             version = o.version + 1, updated_at = now(), updated_by = $1
           FROM import_staging s
           WHERE o.id = s.id AND (${set.map((c) => `o.${c}`).join(', ')}) IS DISTINCT FROM (${set.map((c) => `s.${c}`).join(', ')})
           RETURNING s.line, o.id, o.kind, o.region_code, o.district_code, o.version)
         INSERT INTO import_changed SELECT * FROM changed`,
      [actor],
    );
    lap('update changed');
    const created = await affectedRows(
      manager,
        `INSERT INTO registry.organization (id, ${DATA_COLUMNS.join(', ')}, search_key, duplicate_key, created_by)
         SELECT new_id, ${DATA_COLUMNS.join(', ')}, search_key, duplicate_key, $1 FROM import_staging WHERE id IS NULL`,
      [actor],
    );
    lap('insert new');
    const importId = randomUUID();
    const batches = (change: 'REGISTERED' | 'UPDATED', rows: string) => `
      SELECT jsonb_build_object('importId', $1::text, 'batch', batch, 'change', '${change}', 'organizationIds', jsonb_agg(id ORDER BY line),
        'kinds', jsonb_agg(kind ORDER BY line), 'regionCodes', jsonb_agg(region_code ORDER BY line),
        'districtCodes', jsonb_agg(district_code ORDER BY line), 'versions', jsonb_agg(version ORDER BY line)) AS payload
      FROM (SELECT *, (row_number() OVER (ORDER BY line) - 1) / $2 AS batch FROM (${rows}) r) b
      GROUP BY batch ORDER BY batch`;
    let events = 0;
    if (created) {
      events += await this.events.publishFromSql(manager, 'registry.organizations-imported',
        batches('REGISTERED', `SELECT line, new_id AS id, kind, region_code, district_code, 1 AS version FROM import_staging WHERE id IS NULL`), [importId, EVENT_BATCH_ROWS]);
    }
    if (updated) {
      events += await this.events.publishFromSql(manager, 'registry.organizations-imported',
        batches('UPDATED', `SELECT line, id, kind, region_code, district_code, version FROM import_changed`), [importId, EVENT_BATCH_ROWS]);
    }
    if (events !== Math.ceil(created / EVENT_BATCH_ROWS) + Math.ceil(updated / EVENT_BATCH_ROWS)) throw new Error(`import wrote ${events} event batches for ${created} + ${updated} records`);
    lap('events');
    // New index entries wait in the GIN indexes' pending lists, which every search scans in full;
    // merged now, readers never pay for the import (and a bulk merge is cheaper than many small ones).
    if (created + updated) {
      await manager.query(`SELECT gin_clean_pending_list(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
        WHERE i.indrelid = 'registry.organization'::regclass AND a.amname = 'gin'`);
    }
    lap('merge GIN pending lists');
    if (created + updated > rows) throw new Error(`import wrote ${created + updated} records for ${rows} rows`);
    return { created, updated };
  }
}

/** Rows a data-modifying statement wrote, on the transaction's connection. */
async function affectedRows(manager: EntityManager, sql: string, params: unknown[]): Promise<number> {
  const runner = manager.queryRunner;
  if (!runner) throw new Error('the import runs inside a transaction');
  return (await runner.query(sql, params, true)).affected ?? 0;
}

/** One staging row as a line of COPY csv. */
function stagingLine(row: ImportRow, newId: string): string {
  const p = row.profile;
  return [
    row.line, newId, row.name, p.nameKk, p.nameRu, p.nameLatin, row.kind, p.legalForm, p.bin, p.qazvolunteerId, row.regionCode, row.districtCode,
    pgTextArray(row.directions), pgTextArray(p.categories), pgTextArray(p.modes), p.description, JSON.stringify(row.contactPeople),
    p.volunteerCount, p.foundedOn, p.status ?? 'ACTIVE', row.searchKey, row.duplicateKey,
  ]
    .map(copyField)
    .join(',') + '\n';
}
