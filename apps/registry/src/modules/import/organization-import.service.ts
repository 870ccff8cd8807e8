import { randomUUID } from 'node:crypto';
import { v7 as timeOrderedId } from 'uuid';
import { mailingSnapshotsSql } from '../organization/organization-mailing';
import { performance } from 'node:perf_hooks';
import { assertRegionWrite, type EventBus } from '@birge/server-kit';
import {
  AccessRestriction,
  regionWriteRestriction,
  type Direction,
  type Identity,
  type LegalForm,
  type OrganizationsImportedPayload,
  type VolunteerCategory,
  type VolunteeringMode,
} from '@birge/shared-reference';
import type { DataSource, EntityManager } from 'typeorm';
import { actorOf } from '../organization/organization-write.rules';
import { copyCsvInto } from './pg-copy';
import { conflict, ImportMatcher } from './import-matcher';
import { BulkLoad } from './bulk-load';
import type { ImportOptions, ImportProgress, ImportResult } from './import-options';
import { affectedRows, lapTimer, mergeGinPendingLists } from './import-steps';
import { takenKey } from './taken-key';
import { FacetTally } from './facet-tally';
import { FirstLines } from './first-lines';
import { CopyLines } from './copy-lines';
import { copyField, CsvReader, CsvSyntaxError } from './csv';
import { recordFields } from './copy-record';
import { BULK_MIN_RECORDS, CHUNK_ROWS, FACET_TRIGGER, FILE_COLUMNS, NEVER_ENTERED_INDEXES, NEW_COLUMNS, STAGING, WRITES_IN_FLIGHT, YIELD_EVERY_ROWS } from './import-tuning';
import { checkContext, checkRow, IMPORT_COLUMNS, REQUIRED_COLUMNS, TABLE_COLUMN, type ImportColumn, type ImportPlaces, type RowError } from './import-columns';

export type { ImportOptions, ImportProgress, ImportResult } from './import-options';

class Rollback extends Error {}

interface Chunk {
  /** COPY lines of new records, and what their event says of them. */
  created: CopyLines;
  registered: Pick<OrganizationsImportedPayload, 'organizationIds' | 'kinds' | 'regionCodes' | 'districtCodes' | 'versions'> & {
    profiles: NonNullable<OrganizationsImportedPayload['profiles']>;
  };
  /** COPY lines of rows that match a registered record. */
  matched: CopyLines;
}

/**
 * Bulk import of organizations from CSV (UTF-8). ALL OR NOTHING PER FILE: every row is checked,
 * and one bad row (or a BIN / Qazvolunteer.kz ID that belongs to another record) means nothing is
 * written and the report lists every problem by line and column. Re-importing the same file changes
 * nothing: rows match existing records by BIN, else by Qazvolunteer.kz ID, else (for records with
 * neither) by region, kind and exact name; a matched record is updated only where the file's
 * columns differ, and only the columns the file has.
 *
 * Fast at 100,000 rows, on two cores: the registry's keys are read once, so Node decides for each
 * checked row whether it is new (with a time-ordered UUID v7 made here) or which record it updates. New
 * records go with COPY straight into the registry a chunk at a time, each chunk with its one
 * registry.organizations-imported event, while Node checks the next chunk; matched rows wait in a
 * temporary table for one UPDATE at the end. A bad row stops the writing (the transaction is rolled
 * back) but not the checking, so the report is complete.
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

    const reader = new CsvReader(csv);
    let header: { line: number; cells: string[] } | null;
    try {
      header = reader.next();
    } catch (error) {
      if (error instanceof CsvSyntaxError) return fail([{ line: error.line, column: '', code: 'CSV_MALFORMED', message: error.message }]);
      throw error;
    }
    if (!header) return fail([{ line: 1, column: '', code: 'CSV_EMPTY', message: 'the file has no header and no rows' }]);
    const columns = header.cells.map((c) => c.trim().toLowerCase());
    const headerErrors: RowError[] = [];
    columns.forEach((column, i) => {
      if (!(IMPORT_COLUMNS as readonly string[]).includes(column))
        headerErrors.push({ line: header.line, column, code: 'UNKNOWN_COLUMN', message: `column ${i + 1} "${header.cells[i]}" is not one of ${IMPORT_COLUMNS.join(', ')}` });
      else if (columns.indexOf(column) !== i) headerErrors.push({ line: header.line, column, code: 'DUPLICATE_COLUMN', message: `column "${column}" appears twice` });
    });
    for (const required of REQUIRED_COLUMNS) {
      if (!columns.includes(required)) headerErrors.push({ line: header.line, column: required, code: 'MISSING_COLUMN', message: `the file needs a "${required}" column` });
    }
    if (headerErrors.length) {
      // A malformed file is reported as such, before its header: read the rest for syntax alone.
      let rows = 0;
      try {
        while (reader.next()) rows++;
      } catch (error) {
        if (error instanceof CsvSyntaxError) return fail([{ line: error.line, column: '', code: 'CSV_MALFORMED', message: error.message }]);
        throw error;
      }
      return { ...fail(headerErrors), rowCount: rows };
    }

    const index = columns.map((column) => column as ImportColumn);
    const at = new Map(index.map((column, i) => [column, i]));
    const present = new Set(columns.map((c) => TABLE_COLUMN[c as ImportColumn]));
    const timings = options.timings ?? {};
    let rows = 0;
    const firstLines = new FirstLines();
    try {
      const applied = await this.dataSource.transaction(async (manager) => {
        // One import at a time: a second one waits here, then reads the registry's keys as the first left them.
        await manager.query(`SELECT pg_advisory_xact_lock(hashtext('registry.organization-import'))`);
        const importId = randomUUID();
        const written = await this.checkAndWrite(manager, reader, at, columns.length, identity, importId, firstLines, options, progress, timings);
        rows = written.rows;
        if ('errors' in written) throw Object.assign(new Rollback(), { conflicts: written.errors });
        progress({ phase: 'apply', done: 0, total: rows });
        const updated = written.matched ? await this.applyMatched(manager, present, identity, importId, timings) : 0;
        if (written.bulk) {
          const started = performance.now();
          await written.bulk.load.finish();
          await written.bulk.facets.write(manager);
          timings['build indexes and foreign keys'] = (timings['build indexes and foreign keys'] ?? 0) + (performance.now() - started);
        } else await mergeGinPendingLists(manager, written.created + updated, timings);
        const outcome = { created: written.created, updated };
        if (options.dryRun) throw Object.assign(new Rollback(), { counts: outcome });
        return outcome;
      });
      progress({ phase: 'done', done: rows, total: rows });
      return { ...result, ok: true, rowCount: rows, ...applied, unchanged: rows - applied.created - applied.updated };
    } catch (error) {
      if (error instanceof CsvSyntaxError) return fail([{ line: error.line, column: '', code: 'CSV_MALFORMED', message: error.message }]);
      const taken = takenKey(error);
      if (taken) return { ...fail([await this.takenKeyError(taken, firstLines)]), rowCount: rows };
      if (!(error instanceof Rollback)) throw error;
      const { conflicts, counts } = error as Rollback & { conflicts?: RowError[]; counts?: { created: number; updated: number } };
      if (conflicts) return { ...fail(conflicts), rowCount: rows };
      return {
        ...result,
        ok: true,
        rowCount: rows,
        created: counts?.created ?? 0,
        updated: counts?.updated ?? 0,
        unchanged: rows - (counts?.created ?? 0) - (counts?.updated ?? 0),
      };
    }
  }

  /**
   * Checks every row, a chunk at a time, and while no row has failed writes each checked chunk
   * (new records and their event; matched rows into the staging table) while checking the next.
   */
  private async checkAndWrite(
    manager: EntityManager,
    reader: CsvReader,
    at: Map<ImportColumn, number>,
    cellCount: number,
    identity: Identity | null,
    /** Every registry.organizations-imported batch of the file carries it, REGISTERED and UPDATED alike. */
    importId: string,
    firstLines: FirstLines,
    options: ImportOptions,
    progress: (p: ImportProgress) => void,
    timings: Record<string, number>,
  ): Promise<{ rows: number } & ({ created: number; matched: number; bulk: { load: BulkLoad; facets: FacetTally } | null } | { errors: RowError[] })> {
    const started = performance.now();
    // Room for a chunk's rows in memory: the facet trigger's transition table and the final UPDATE's
    // join would otherwise spill to temporary files. This transaction only.
    await manager.query(`SET LOCAL work_mem = '256MB'`);
    await manager.query(`
      CREATE TEMP TABLE import_staging (
        line int NOT NULL, id uuid NOT NULL, name text, name_kk text, name_ru text, name_latin text, kind text, legal_form text, bin text,
        qazvolunteer_id text, region_code text, district_code text, directions text[], categories text[], modes text[], description text,
        contact_people jsonb, volunteer_count int, founded_on date, status text, search_key text, duplicate_key text
      ) ON COMMIT DROP`);
    const context = checkContext(options.today ?? new Date(), await this.places(manager));
    const matcher = await ImportMatcher.load(manager);
    timings['read places and keys'] = (timings['read places and keys'] ?? 0) + (performance.now() - started);
    const actor = copyField(actorOf(identity));
    const regional = regionWriteRestriction(identity, null, 'registry') === AccessRestriction.OTHER_REGION;
    const errors: RowError[] = [];
    const conflicts: RowError[] = [];
    let created = 0;
    let matched = 0;
    let batch = 0;
    /** The chunk writes not yet awaited, oldest first; each starts when the one before it ends. */
    const queued: Promise<void>[] = [];
    let lastWrite: Promise<void> = Promise.resolve();
    /** Decided once the first chunk is checked; undefined until then. */
    let bulk: BulkLoad | null | undefined;
    /** The new records' facet values, for a bulk load. */
    const facets = new FacetTally();
    let checking = 0;
    let waiting = 0;
    let rows = 0;
    try {
      for (let more = true; more;) {
        const checkStarted = performance.now();
        const chunk: Chunk = {
          created: new CopyLines(),
          registered: { organizationIds: [], kinds: [], regionCodes: [], districtCodes: [], versions: [], profiles: { legalForms: [], directions: [], categories: [], modes: [] } },
          matched: new CopyLines(0),
        };
        let cells: string[] = [];
        const cell = (column: ImportColumn) => {
          const i = at.get(column);
          return i === undefined ? undefined : cells[i];
        };
        for (let n = 0; n < CHUNK_ROWS; n++) {
          // Let node-postgres take PostgreSQL's answers now and then: it sends the chunk's next
          // statement only from the event loop, and PostgreSQL would idle until the chunk is checked.
          if (queued.length && n % YIELD_EVERY_ROWS === YIELD_EVERY_ROWS - 1) await new Promise((resolve) => setImmediate(resolve));
          const record = reader.next();
          if (!record) {
            more = false;
            break;
          }
          rows++;
          if (record.cells.length !== cellCount) {
            errors.push({ line: record.line, column: '', code: 'WRONG_CELL_COUNT', message: `has ${record.cells.length} cells, the header ${cellCount}` });
            continue;
          }
          cells = record.cells;
          const row = checkRow(record.line, cell, errors, context);
          if (!row) continue;
          firstLines.claim(row, errors);
          const existing = matcher.empty ? null : matcher.matchRecord(row, conflicts);
          if (regional) {
            // Regional staff: only rows of their region, updating only their region's records.
            assertRegionWrite(identity, row.regionCode, 'registry', `line ${row.line}: region ${row.regionCode}`);
            if (existing) assertRegionWrite(identity, existing.regionCode, 'registry', `line ${row.line} matches organization ${existing.id} of region ${existing.regionCode}`);
          }
          if (errors.length || conflicts.length) continue;
          if (existing) {
            chunk.matched.append(String(row.line), existing.id, recordFields(row));
          } else {
            // UUID version 7 (the `uuid` package: the time in milliseconds, then a counter, so the ids
            // of one import increase and the primary key keeps appending at one edge), made here so
            // the rows and their events are written from Node, on any PostgreSQL version.
            const id = timeOrderedId();
            chunk.created.append(id, recordFields(row), actor);
            const r = chunk.registered;
            r.organizationIds.push(id);
            r.kinds.push(row.kind as OrganizationsImportedPayload['kinds'][number]);
            r.regionCodes.push(row.regionCode);
            r.districtCodes.push(row.districtCode);
            r.versions.push(1);
            // The row's codes were checked against these vocabularies (checkRow).
            r.profiles.legalForms.push((row.profile.legalForm ?? null) as LegalForm | null);
            r.profiles.directions.push(row.directions as Direction[]);
            r.profiles.categories.push(row.profile.categories as VolunteerCategory[]);
            r.profiles.modes.push(row.profile.modes as VolunteeringMode[]);
            facets.add(row);
          }
        }
        checking += performance.now() - checkStarted;
        const waitStarted = performance.now();
        // Room for this chunk's write: PostgreSQL goes from one queued chunk to the next while Node checks.
        while (queued.length >= WRITES_IN_FLIGHT) await queued.shift();
        waiting += performance.now() - waitStarted;
        // The file's row count is known at its end; until then, estimated from how far the reader is.
        progress({ phase: 'validate', done: rows, total: more ? Math.max(rows, Math.round(rows / reader.position)) : rows });
        if (errors.length || conflicts.length) continue;
        if (bulk === undefined && !options.dryRun) {
          await lastWrite;
          // The file's share of new records so far, times its estimated length.
          const newRecords = more ? Math.round(((created + chunk.registered.organizationIds.length) / rows) * (rows / reader.position)) : chunk.registered.organizationIds.length;
          bulk =
            newRecords >= BULK_MIN_RECORDS && newRecords >= matcher.records
              ? await BulkLoad.begin(manager, 'registry.organization', { keep: NEVER_ENTERED_INDEXES, pauseTriggers: [FACET_TRIGGER] })
              : null;
          timings['bulk load: take the table'] = performance.now() - waitStarted;
        }
        created += chunk.registered.organizationIds.length;
        matched += chunk.matched.count;
        const chunkBatch = chunk.registered.organizationIds.length ? batch++ : batch;
        // A failed write fails the ones queued after it, and is reported by the next await.
        lastWrite = lastWrite.then(() => this.writeChunk(manager, chunk, importId, chunkBatch, timings));
        lastWrite.catch(() => undefined);
        queued.push(lastWrite);
      }
      const waitStarted = performance.now();
      await lastWrite;
      waiting += performance.now() - waitStarted;
    } finally {
      // Never leave a write running when the transaction ends (say, a syntax error found mid-file):
      // it would reach the connection after the rollback.
      await lastWrite.catch(() => undefined);
    }
    timings['check (Node)'] = (timings['check (Node)'] ?? 0) + checking;
    timings['waiting for writes'] = (timings['waiting for writes'] ?? 0) + waiting;
    timings['check and write'] = (timings['check and write'] ?? 0) + (performance.now() - started);
    if (errors.length) return { rows, errors: errors.sort((a, b) => a.line - b.line) };
    if (conflicts.length) return { rows, errors: conflicts.sort((a, b) => a.line - b.line).slice(0, 1000) };
    progress({ phase: 'copy', done: rows, total: rows });
    return { rows, created, matched, bulk: bulk ? { load: bulk, facets } : null };
  }

  /** One chunk's new records and their event, and its matched rows into the staging table. */
  private async writeChunk(manager: EntityManager, chunk: Chunk, importId: string, batch: number, timings: Record<string, number>): Promise<void> {
    const count = chunk.registered.organizationIds.length;
    const lap = lapTimer(timings);
    if (count) {
      const copied = await copyCsvInto(manager, 'registry.organization', NEW_COLUMNS, [chunk.created.bytes()]);
      if (copied !== count) throw new Error(`COPY stored ${copied} of ${count} new records`);
      lap('  COPY new records');
      const payload: OrganizationsImportedPayload = { importId, batch, change: 'REGISTERED', ...chunk.registered };
      await this.events.publishFromSql(manager, 'registry.organizations-imported', `SELECT $1::jsonb AS payload`, [JSON.stringify(payload)]);
      lap('  their events');
    }
    if (chunk.matched.count) {
      await copyCsvInto(manager, 'import_staging', STAGING, [chunk.matched.bytes()]);
      lap('  COPY matched rows to staging');
    }
  }

  /**
   * A BIN or Qazvolunteer.kz ID registered (by createOrganization, say) after the import read the
   * registry's keys: reported like the conflicts the import finds itself, on the line that names it.
   */
  private async takenKeyError(taken: { column: 'bin' | 'qazvolunteer_id'; value: string }, firstLines: FirstLines): Promise<RowError> {
    const line = firstLines.lineOf(taken.column, taken.value) ?? 0;
    const code = taken.column === 'bin' ? 'DUPLICATE_BIN' : 'DUPLICATE_QAZVOLUNTEER_ID';
    const [existing]: { id: string; name: string }[] = await this.dataSource.query(`SELECT id, name FROM registry.organization WHERE ${taken.column} = $1`, [taken.value]);
    if (existing) return conflict(line, taken.column, code, existing);
    return { line, column: taken.column, code, message: 'was registered by another record while the file was imported' };
  }

  /** The places a row may name: the registry's live regions and districts (the reference data can be edited, so not the seed file). */
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

  /**
   * Updates the matched records where the file's columns differ, in one statement, and sends their
   * registry.organizations-imported events (batches of CHUNK_ROWS) from PostgreSQL.
   */
  private async applyMatched(manager: EntityManager, present: Set<string>, identity: Identity | null, importId: string, timings: Record<string, number>): Promise<number> {
    const lap = lapTimer(timings);
    // Statistics for the join below: without them the planner may pick a nested loop over every row.
    await manager.query(`ANALYZE import_staging (id)`);
    const set = FILE_COLUMNS.filter((c) => present.has(c));
    const allSet = [...set, 'search_key', 'duplicate_key'];
    await manager.query(`CREATE TEMP TABLE import_changed (line int NOT NULL, id uuid NOT NULL, kind text, region_code text, district_code text, version int,
      legal_form text, directions text[], categories text[], modes text[]) ON COMMIT DROP`);
    const updated = await affectedRows(
      manager,
      `WITH changed AS (
         UPDATE registry.organization o SET ${allSet.map((c) => `${c} = s.${c}`).join(', ')},
           version = o.version + 1, updated_at = now(), updated_by = $1
         FROM import_staging s
         WHERE o.id = s.id AND (${set.map((c) => `o.${c}`).join(', ')}) IS DISTINCT FROM (${set.map((c) => `s.${c}`).join(', ')})
         RETURNING s.line, o.id, o.kind, o.region_code, o.district_code, o.version, o.legal_form, o.directions, o.categories, o.modes)
       INSERT INTO import_changed SELECT * FROM changed`,
      [actorOf(identity)],
    );
    lap('update matched');
    // Contact people replaced by the file carry no consent (a CSV has no column for it): notifications must stop writing to them.
    if (updated && set.includes('contact_people')) {
      await this.events.publishFromSql(manager, 'registry.organization-mailing-changed', mailingSnapshotsSql('SELECT id FROM import_changed'));
      lap('mailing snapshots');
    }
    if (updated) {
      const events = await this.events.publishFromSql(
        manager,
        'registry.organizations-imported',
        `SELECT jsonb_build_object('importId', $1::text, 'batch', batch, 'change', 'UPDATED', 'organizationIds', jsonb_agg(id ORDER BY line),
           'kinds', jsonb_agg(kind ORDER BY line), 'regionCodes', jsonb_agg(region_code ORDER BY line),
           'districtCodes', jsonb_agg(district_code ORDER BY line), 'versions', jsonb_agg(version ORDER BY line),
           'profiles', jsonb_build_object('legalForms', jsonb_agg(legal_form ORDER BY line), 'directions', jsonb_agg(directions ORDER BY line),
             'categories', jsonb_agg(categories ORDER BY line), 'modes', jsonb_agg(modes ORDER BY line))) AS payload
         FROM (SELECT *, (row_number() OVER (ORDER BY line) - 1) / $2 AS batch FROM import_changed) b
         GROUP BY batch ORDER BY batch`,
        [importId, CHUNK_ROWS],
      );
      if (events !== Math.ceil(updated / CHUNK_ROWS)) throw new Error(`import wrote ${events} event batches for ${updated} updated records`);
    }
    lap('events of updated');
    return updated;
  }
}
