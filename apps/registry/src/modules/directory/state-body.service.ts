import { assertRegionWrite, byKeys, groupByKeys, ValidationError, type ConnectionShape, type EventBus, type FieldError, type LoaderRegistry } from '@birge/server-kit';
import { isUuid, type Identity, type StateBodyKind } from '@birge/shared-reference';
import type { DataSource, EntityManager } from 'typeorm';
import { checkContacts, checkName, text } from './directory-rules';
import { checkPlace, contactPointsOf, contactsAfterUpdate, ENTRY_COLUMNS, nameSearch, publishEntryChanged, type EntryRow } from './directory-entry';
import { entriesById, insertEntry, lockEntryForUpdate, pageOfEntries, updateEntry, type DirectoryTable } from './directory-table';
import type { CreateStateBodyInput, StateBodyFilter, UpdateStateBodyInput } from './directory.inputs';
import type { StateBody } from './state-body.type';
import { nameOf } from '../region/trilingual-name';

const COLUMNS = `id, kind, region_code AS "regionCode", district_code AS "districtCode", parent_id AS "parentId",
  name_kk AS "nameKk", name_ru AS "nameRu", name_en AS "nameEn", ${ENTRY_COLUMNS}`;
const STATE_BODIES: DirectoryTable = { table: 'registry.state_body', columns: COLUMNS, typename: 'StateBody', label: 'state body' };

interface StateBodyRow extends EntryRow {
  kind: StateBodyKind;
  regionCode: string;
  districtCode: string | null;
  parentId: string | null;
  nameKk: string;
  nameRu: string;
  nameEn: string;
}

const toStateBody = (row: StateBodyRow): StateBody => ({
  ...row,
  name: nameOf(row),
  contactPoints: contactPointsOf(row),
});

type Names = { kk: string; ru: string; en: string };

/** The name in the three languages, each checked (errors on name.kk, name.ru, name.en). */
function checkNames(name: Names, errors: FieldError[]): Names {
  return { kk: checkName(name.kk, 'name.kk', errors), ru: checkName(name.ru, 'name.ru', errors), en: checkName(name.en, 'name.en', errors) };
}

/** The columns of a body's district, parent and names, as stored (its region is set once, at creation). */
function placeAndNames(districtCode: string | null, parentId: string | null, name: Names) {
  return { district_code: districtCode, parent_id: parentId, name_kk: name.kk, name_ru: name.ru, name_en: name.en };
}

/** The state bodies of the directory: kept by each region's office, read by every signed-in caller. */
export class StateBodyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
  ) {}

  async create(input: CreateStateBodyInput, identity: Identity | null): Promise<StateBody> {
    const actor = assertRegionWrite(identity, input.regionCode, 'registry', `the directory of region ${input.regionCode}`);
    const errors: FieldError[] = [];
    const name = checkNames(input.name, errors);
    const contacts = checkContacts(input, errors);
    const districtCode = text(input.districtCode);
    const parentId = text(input.parentId);
    return this.dataSource.transaction(async (manager) => {
      await checkPlace(manager, input.regionCode, districtCode, errors);
      await this.checkParent(manager, parentId, input.regionCode, null, errors);
      if (errors.length) throw new ValidationError(errors);
      const own = { kind: input.kind, region_code: input.regionCode, ...placeAndNames(districtCode, parentId, name) };
      const row = await insertEntry<StateBodyRow>(manager, STATE_BODIES, own, contacts, actor.userId);
      await this.published(manager, row);
      return toStateBody(row);
    });
  }

  update(input: UpdateStateBodyInput, identity: Identity | null): Promise<StateBody> {
    return this.dataSource.transaction(async (manager) => {
      const { current, actor } = await lockEntryForUpdate<StateBodyRow>(manager, STATE_BODIES, input, identity);
      const errors: FieldError[] = [];
      const name = input.name ? checkNames(input.name, errors) : nameOf(current);
      const contacts = checkContacts(contactsAfterUpdate(current, input), errors);
      const districtCode = input.districtCode === undefined || input.districtCode === null ? current.districtCode : text(input.districtCode);
      const parentId = input.parentId === undefined || input.parentId === null ? current.parentId : text(input.parentId);
      await checkPlace(manager, current.regionCode, districtCode, errors);
      await this.checkParent(manager, parentId, current.regionCode, current.id, errors);
      if (errors.length) throw new ValidationError(errors);
      const archived = input.archived ?? current.archivedAt !== null;
      const own = { kind: input.kind ?? current.kind, ...placeAndNames(districtCode, parentId, name) };
      const row = await updateEntry<StateBodyRow>(manager, STATE_BODIES, current.id, { own, contacts, archived, userId: actor.userId });
      await this.published(manager, row);
      return toStateBody(row);
    });
  }

  /** A page of state bodies by region, district and Kazakh name; every signed-in caller reads every region's. */
  list(filter: StateBodyFilter | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<ConnectionShape<StateBody>> {
    const f = filter ?? {};
    return pageOfEntries(this.dataSource, STATE_BODIES, {
      first,
      after,
      keyset: ['region_code', "coalesce(district_code, '')", 'name_kk', 'id'],
      where: (add) => {
        const conditions: string[] = [];
        if (f.regionCode) conditions.push(`region_code = ${add(f.regionCode)}`);
        if (f.districtCode) conditions.push(`district_code = ${add(f.districtCode)}`);
        if (f.kind) conditions.push(`kind = ${add(f.kind)}`);
        if (f.parentId) {
          if (!isUuid(f.parentId)) throw ValidationError.field('filter.parentId', 'INVALID_ID', 'is not a state body id (a UUID)');
          conditions.push(`parent_id = ${add(f.parentId)}`);
        }
        if (!f.includeArchived) conditions.push('archived_at IS NULL');
        return [...conditions, ...nameSearch(f.search, ['name_kk', 'name_ru', 'name_en'], add)];
      },
      toNode: toStateBody,
      cursorOf: (s) => [s.regionCode, s.districtCode ?? '', s.name.kk, s.id],
    });
  }

  loader(loaders: LoaderRegistry) {
    return loaders.get<string, StateBody | null>('stateBody.byId', async (ids) => {
      const rows = await entriesById<StateBodyRow>(this.dataSource, STATE_BODIES, ids);
      return byKeys(ids, rows.map(toStateBody), (body) => body.id);
    });
  }

  /** The active departments of each body asked for in a request, in one statement. */
  departmentsLoader(loaders: LoaderRegistry) {
    return loaders.get<string, StateBody[]>('stateBody.departments', async (ids) => {
      const rows: StateBodyRow[] = await this.dataSource.query(
        `SELECT ${COLUMNS} FROM registry.state_body WHERE parent_id = ANY($1::uuid[]) AND archived_at IS NULL ORDER BY name_kk, id`,
        [ids.filter((id) => isUuid(id))],
      );
      return groupByKeys(ids, rows.map(toStateBody), (body) => body.parentId as string);
    });
  }

  private async checkParent(manager: EntityManager, parentId: string | null, regionCode: string, selfId: string | null, errors: FieldError[]): Promise<void> {
    if (!parentId) return;
    if (!isUuid(parentId)) {
      errors.push({ field: 'parentId', code: 'INVALID_ID', message: 'is not a state body id (a UUID)' });
      return;
    }
    const [parent]: { region_code: string; parent_id: string | null }[] = await manager.query(`SELECT region_code, parent_id FROM registry.state_body WHERE id = $1`, [parentId]);
    if (!parent) errors.push({ field: 'parentId', code: 'UNKNOWN_STATE_BODY', message: `is not a state body (got "${parentId}")` });
    else if (parent.region_code !== regionCode) errors.push({ field: 'parentId', code: 'PARENT_NOT_IN_REGION', message: `is not in region ${regionCode}` });
    else if (parentId === selfId || (selfId && parent.parent_id === selfId)) {
      errors.push({ field: 'parentId', code: 'PARENT_CYCLE', message: 'would make the body a department of itself' });
    }
  }

  private published(manager: EntityManager, row: StateBodyRow): Promise<void> {
    return publishEntryChanged(this.events, manager, 'STATE_BODY', row, nameOf(row));
  }
}
