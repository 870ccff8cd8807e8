import {
  byKeys,
  decodeCursor,
  insertInto,
  NotFoundError,
  setColumns,
  UnauthenticatedError,
  pageSize,
  toConnection,
  type ConnectionShape,
  type EventBus,
  type LoaderRegistry,
} from '@birge/server-kit';
import { isUuid, kazakhstanDay, type Identity } from '@birge/shared-reference';
import type { DataSource, EntityManager } from 'typeorm';
import { assertCanRead, assertCanWrite } from '../access/assistance-access';
import type { Clock } from '../common/clock';
import { invalidField, staleVersion } from '../common/coded-errors';
import type { DirectoryEntryService } from '../directory/directory-entry.service';
import { checkAmounts, checkLink, checkPeriod, checkRegions, checkTitle, ownerOf, resolveFunder, text } from './grant-programme-rules';
import { PROGRAMME_COLUMNS, programmeColumns, programmeEvent, toProgramme, type ProgrammeRow } from './grant-programme-row';
import type { AnnounceGrantProgrammeInput, CreateGrantProgrammeInput, GrantProgrammeFilter, UpdateGrantProgrammeInput } from './grant-programme.inputs';
import type { GrantProgramme } from './grant-programme.type';

/** The catalog of grant and support programmes. */
export class GrantProgrammeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
    private readonly directory: DirectoryEntryService,
    private readonly clock: Clock,
  ) {}

  create(input: CreateGrantProgrammeInput, identity: Identity | null): Promise<GrantProgramme> {
    if (!identity) throw new UnauthenticatedError();
    const owner = ownerOf(input.ownerRegionCode, identity);
    const actor = assertCanWrite(identity, owner, owner ? `the programmes of region ${owner}` : 'the republican programmes');
    const title = checkTitle(input.title);
    checkPeriod(input.opensOn, input.closesOn);
    const amountMin = input.amountMin ?? null;
    const amountMax = input.amountMax ?? null;
    checkAmounts(amountMin, amountMax);
    const link = checkLink(text(input.link));
    const regionCodes = checkRegions(input.regionCodes ?? [], owner);
    return this.dataSource.transaction(async (manager) => {
      const funder = await resolveFunder(manager, this.directory, input.funder);
      const written = programmeColumns({
        funder,
        title,
        description: text(input.description),
        directions: [...new Set(input.directions ?? [])],
        actorKinds: [...new Set(input.actorKinds ?? [])],
        regionCodes,
        amountMin,
        amountMax,
        opensOn: input.opensOn,
        closesOn: input.closesOn,
        link,
      });
      const insert = insertInto('assistance.grant_programme AS p', { owner_region_code: owner, ...written, created_by: actor.userId, updated_by: actor.userId });
      const [row]: ProgrammeRow[] = await manager.query(`${insert.sql} RETURNING ${PROGRAMME_COLUMNS}`, insert.values);
      return toProgramme(row);
    });
  }

  update(input: UpdateGrantProgrammeInput, identity: Identity | null): Promise<GrantProgramme> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lock(manager, input.id);
      const actor = assertCanWrite(identity, current.ownerRegionCode, `programme ${current.id}`);
      if (current.version !== input.version) throw staleVersion('GrantProgramme', current.id, input.version, current.version);
      const title = input.title ? checkTitle(input.title) : current.title;
      const opensOn = input.opensOn ?? current.opensOn;
      const closesOn = input.closesOn ?? current.closesOn;
      checkPeriod(opensOn, closesOn);
      const amountMin = input.amountMin === undefined ? current.amountMin : input.amountMin;
      const amountMax = input.amountMax === undefined ? current.amountMax : input.amountMax;
      checkAmounts(amountMin, amountMax);
      const link = input.link === undefined || input.link === null ? current.link : checkLink(text(input.link));
      const regionCodes = input.regionCodes ? checkRegions(input.regionCodes, current.ownerRegionCode) : current.regionCodes;
      const funder = input.funder ? await resolveFunder(manager, this.directory, input.funder) : { kind: current.funderKind, id: current.funderId, name: current.funderName };
      const written = programmeColumns({
        funder,
        title,
        description: input.description === undefined || input.description === null ? current.description : text(input.description),
        directions: input.directions ? [...new Set(input.directions)] : current.directions,
        actorKinds: input.actorKinds ? [...new Set(input.actorKinds)] : current.actorKinds,
        regionCodes,
        amountMin,
        amountMax,
        opensOn,
        closesOn,
        link,
      });
      const values: unknown[] = [current.id];
      const add = (value: unknown) => `$${values.push(value)}`;
      const [[row]]: [ProgrammeRow[], number] = await manager.query(
        `UPDATE assistance.grant_programme p SET ${setColumns(written, add)}, updated_by = ${add(actor.userId)}, updated_at = now(), version = version + 1
         WHERE p.id = $1 RETURNING ${PROGRAMME_COLUMNS}`,
        values,
      );
      return toProgramme(row);
    });
  }

  /** Removes a programme and its documents' rows (the files go with the rows' storage keys, see the document service). */
  remove(id: string, version: number, identity: Identity | null): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lock(manager, id);
      assertCanWrite(identity, current.ownerRegionCode, `programme ${current.id}`);
      if (current.version !== version) throw staleVersion('GrantProgramme', current.id, version, current.version);
      const keys: { storage_key: string }[] = await manager.query(`SELECT storage_key FROM assistance.grant_programme_document WHERE programme_id = $1`, [id]);
      await manager.query(`DELETE FROM assistance.grant_programme WHERE id = $1`, [id]);
      return keys.map((key) => key.storage_key);
    });
  }

  /**
   * Asks the notifications service (assistance.grant-programme-announced) to draft an announcement of the
   * programme for its eligible audience, which the caller then reviews and sends there. Closed programmes
   * are not announced (CONFLICT PROGRAMME_CLOSED).
   */
  announce(input: AnnounceGrantProgrammeInput, identity: Identity | null): Promise<GrantProgramme> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lock(manager, input.id);
      const actor = assertCanWrite(identity, current.ownerRegionCode, `programme ${current.id}`);
      if (current.closesOn < kazakhstanDay(this.clock.now())) throw invalidField('id', 'PROGRAMME_CLOSED', `programme ${current.id} closed on ${current.closesOn}`);
      const [[row]]: [ProgrammeRow[], number] = await manager.query(`UPDATE assistance.grant_programme p SET announced_at = $2 WHERE p.id = $1 RETURNING ${PROGRAMME_COLUMNS}`, [
        current.id,
        this.clock.now(),
      ]);
      const programme = toProgramme(row);
      await this.events.publish(manager, 'assistance.grant-programme-announced', { ...programmeEvent(programme), actorId: actor.userId, language: input.language });
      return programme;
    });
  }

  async get(id: string, loaders: LoaderRegistry, identity: Identity | null): Promise<GrantProgramme | null> {
    assertCanRead(identity, identity?.regionCode ?? null, 'the programme catalog');
    if (!isUuid(id)) throw invalidField('id', 'INVALID_ID', 'is not a programme id (a UUID)');
    return this.loader(loaders).load(id);
  }

  /** The catalog, the programme closing first first; every reader sees every region's programmes. */
  async list(filter: GrantProgrammeFilter | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<ConnectionShape<GrantProgramme>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    const f = filter ?? {};
    const values: unknown[] = [];
    const add = (value: unknown) => `$${values.push(value)}`;
    const day = kazakhstanDay(this.clock.now());
    let todayParam: string | null = null;
    const today = () => (todayParam ??= add(day));
    const conditions: string[] = [];
    if (f.openNow) conditions.push(`p.opens_on <= ${today()}::date AND p.closes_on >= ${today()}::date`);
    if (f.closingWithinDays) conditions.push(`p.opens_on <= ${today()}::date AND p.closes_on BETWEEN ${today()}::date AND ${today()}::date + ${add(f.closingWithinDays)}::int`);
    if (!f.openNow && !f.closingWithinDays && !f.includeClosed) conditions.push(`p.closes_on >= ${today()}::date`);
    if (f.direction) conditions.push(`(p.directions = '{}' OR ${add(f.direction)} = ANY(p.directions))`);
    if (f.actorKind) conditions.push(`(p.actor_kinds = '{}' OR ${add(f.actorKind)} = ANY(p.actor_kinds))`);
    if (f.regionCode) conditions.push(`(p.region_codes = '{}' OR p.region_codes @> ARRAY[${add(f.regionCode)}]::text[])`);
    if (f.funderId) {
      if (!isUuid(f.funderId)) throw invalidField('filter.funderId', 'INVALID_ID', 'is not a directory entry id (a UUID)');
      conditions.push(`p.funder_id = ${add(f.funderId)}`);
    }
    for (const word of (f.search ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8)) {
      const like = add(`%${word.replace(/[%_\\]/g, (c) => `\\${c}`)}%`);
      conditions.push(`(lower(p.title_kk) LIKE ${like} OR lower(p.title_ru) LIKE ${like} OR lower(p.title_en) LIKE ${like} OR lower(p.funder_name) LIKE ${like})`);
    }
    const countValues = [...values];
    const countWhere = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    if (cursor) conditions.push(`(p.closes_on, p.id) > (${add(cursor[0])}::date, ${add(cursor[1])}::uuid)`);
    const pageWhere = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const [rows, [counted]] = await Promise.all([
      this.dataSource.query(`SELECT ${PROGRAMME_COLUMNS} FROM assistance.grant_programme p ${pageWhere} ORDER BY p.closes_on, p.id LIMIT ${add(limit + 1)}`, values) as Promise<
        ProgrammeRow[]
      >,
      this.dataSource.query(`SELECT count(*)::int AS n FROM assistance.grant_programme p ${countWhere}`, countValues) as Promise<{ n: number }[]>,
    ]);
    return toConnection(rows.map(toProgramme), limit, counted.n, (p) => [p.closesOn, p.id]);
  }

  loader(loaders: LoaderRegistry) {
    return loaders.get<string, GrantProgramme | null>('grantProgramme.byId', async (ids) => {
      const valid = ids.filter((id) => isUuid(id));
      const rows: ProgrammeRow[] = valid.length
        ? await this.dataSource.query(`SELECT ${PROGRAMME_COLUMNS} FROM assistance.grant_programme p WHERE p.id = ANY($1::uuid[])`, [valid])
        : [];
      return byKeys(ids, rows.map(toProgramme), (programme) => programme.id);
    });
  }

  async lock(manager: EntityManager, id: string): Promise<GrantProgramme> {
    if (!isUuid(id)) throw invalidField('id', 'INVALID_ID', 'is not a programme id (a UUID)');
    const [row]: ProgrammeRow[] = await manager.query(`SELECT ${PROGRAMME_COLUMNS} FROM assistance.grant_programme p WHERE p.id = $1 FOR UPDATE`, [id]);
    if (!row) throw new NotFoundError('GrantProgramme', id, 'id');
    return toProgramme(row);
  }
}
