import { assertRegionWrite, decodeCursor, insertInto, setColumns, NotFoundError, pageSize, toConnection, ValidationError, type ConnectionShape } from '@birge/server-kit';
import { isUuid, type Identity } from '@birge/shared-reference';
import type { DataSource, EntityManager } from 'typeorm';
import { assertVersion, type EntryRow } from './directory-entry';
import type { EntryContacts } from './directory-rules';

/** One table of the directory, as its service reads it. */
export interface DirectoryTable {
  /** The qualified table, e.g. registry.sponsor. */
  table: string;
  /** The select list of a row. */
  columns: string;
  /** The GraphQL type of its entries (NotFoundError). */
  typename: string;
  /** What one entry is called in messages, e.g. "state body". */
  label: string;
}

type Add = (value: unknown) => string;

/**
 * The entry an update changes, locked for the transaction, once the caller is known to be allowed
 * to write its region and sent the version it has; with the caller.
 */
export async function lockEntryForUpdate<Row extends EntryRow>(
  manager: EntityManager,
  entries: DirectoryTable,
  sent: { id: string; version: number },
  identity: Identity | null,
): Promise<{ current: Row; actor: Identity }> {
  if (!isUuid(sent.id)) throw ValidationError.field('id', 'INVALID_ID', `is not a ${entries.label} id (a UUID)`);
  const [current]: Row[] = await manager.query(`SELECT ${entries.columns} FROM ${entries.table} WHERE id = $1 FOR UPDATE`, [sent.id]);
  if (!current) throw new NotFoundError(entries.typename, sent.id, 'id');
  const actor = assertRegionWrite(identity, current.regionCode, 'registry', `${entries.label} ${current.id}`);
  const label = entries.label[0].toUpperCase() + entries.label.slice(1);
  assertVersion(label, current.id, current.version, sent.version);
  return { current, actor };
}

/**
 * A page of entries, in the order of `keyset` (SQL expressions, the id last), with how many match
 * across all pages: `where` gives the filter's conditions, adding their values through `add`.
 */
export async function pageOfEntries<Row extends EntryRow, Node>(
  dataSource: DataSource,
  entries: DirectoryTable,
  page: {
    first: number | null | undefined;
    after: string | null | undefined;
    keyset: string[];
    where: (add: Add) => string[];
    toNode: (row: Row) => Node;
    cursorOf: (node: Node) => (string | number)[];
  },
): Promise<ConnectionShape<Node>> {
  const limit = pageSize(page.first);
  const cursor = decodeCursor(page.after, page.keyset.length);
  const values: unknown[] = [];
  const add: Add = (value) => `$${values.push(value)}`;
  const conditions = page.where(add);
  const countValues = [...values];
  const countWhere = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  if (cursor) {
    const last = cursor.length - 1;
    conditions.push(`(${page.keyset.join(', ')}) > (${cursor.map((value, i) => (i === last ? `${add(value)}::uuid` : add(value))).join(', ')})`);
  }
  const pageWhere = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const [rows, [counted]] = await Promise.all([
    dataSource.query(`SELECT ${entries.columns} FROM ${entries.table} ${pageWhere} ORDER BY ${page.keyset.join(', ')} LIMIT ${add(limit + 1)}`, values) as Promise<Row[]>,
    dataSource.query(`SELECT count(*)::int AS n FROM ${entries.table} ${countWhere}`, countValues) as Promise<{ n: number }[]>,
  ]);
  return toConnection(rows.map(page.toNode), limit, counted.n, page.cursorOf);
}

/** The entries of these ids in one statement (an id that is not a UUID matches none). */
export async function entriesById<Row extends EntryRow>(dataSource: DataSource, entries: DirectoryTable, ids: readonly string[]): Promise<Row[]> {
  const valid = ids.filter((id) => isUuid(id));
  return valid.length ? dataSource.query(`SELECT ${entries.columns} FROM ${entries.table} WHERE id = ANY($1::uuid[])`, [valid]) : [];
}

/** The columns of an entry's contacts, with their values as stored. */
function contactColumns(contacts: EntryContacts): Record<string, unknown> {
  const { address, phone, email, website, notes } = contacts;
  return { address, phone, email, website, contact_points: JSON.stringify(contacts.contactPoints), notes };
}

/** Inserts an entry: its own columns (`own`, by column name), its contacts, and who created it; returns its row. */
export async function insertEntry<Row extends EntryRow>(
  manager: EntityManager,
  entries: DirectoryTable,
  own: Record<string, unknown>,
  contacts: EntryContacts,
  userId: string,
): Promise<Row> {
  const insert = insertInto(entries.table, { ...own, ...contactColumns(contacts), created_by: userId, updated_by: userId });
  const [row]: Row[] = await manager.query(`${insert.sql} RETURNING ${entries.columns}`, insert.values);
  return row;
}

/** Updates an entry: its own columns (`own`, by column name), its contacts, whether it is archived, who changed it, its version; returns its row. */
export async function updateEntry<Row extends EntryRow>(
  manager: EntityManager,
  entries: DirectoryTable,
  id: string,
  change: { own: Record<string, unknown>; contacts: EntryContacts; archived: boolean; userId: string },
): Promise<Row> {
  const values: unknown[] = [id];
  const add = (value: unknown) => `$${values.push(value)}`;
  const set = setColumns({ ...change.own, ...contactColumns(change.contacts) }, add);
  const [[row]]: [Row[], number] = await manager.query(
    `UPDATE ${entries.table} SET ${set}, archived_at = CASE WHEN ${add(change.archived)} THEN coalesce(archived_at, now()) END,
       updated_by = ${add(change.userId)}, updated_at = now(), version = version + 1
     WHERE id = $1 RETURNING ${entries.columns}`,
    values,
  );
  return row;
}
