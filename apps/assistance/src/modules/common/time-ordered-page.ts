import { decodeTimeIdCursor, pageSize, toConnection, type ConnectionShape } from '@birge/server-kit';
import type { DataSource } from 'typeorm';
import { SqlParams, where } from './sql-params';

/**
 * A page of rows in time order (`time`, then `id`: SQL expressions of `from`), keyset-paged from
 * the cursor `after`, with how many match across all pages. `conditions` gives the filter's
 * conditions, adding their values to the statement's parameters; it is asked once for the page
 * and once for the count.
 */
export async function timeOrderedPage<Row, Node extends { id: string }>(
  dataSource: DataSource,
  query: {
    columns: string;
    from: string;
    time: string;
    id: string;
    first: number | null | undefined;
    after: string | null | undefined;
    conditions: (params: SqlParams) => string[];
    toNode: (row: Row) => Node;
    timeOf: (node: Node) => Date;
  },
): Promise<ConnectionShape<Node>> {
  const limit = pageSize(query.first);
  const cursor = decodeTimeIdCursor(query.after);
  const page = new SqlParams();
  const conditions = query.conditions(page);
  const count = new SqlParams();
  const countConditions = query.conditions(count);
  if (cursor) conditions.push(`(${query.time}, ${query.id}) > (${page.add(cursor[0])}::timestamptz, ${page.add(cursor[1])}::uuid)`);
  const [rows, counted] = await Promise.all([
    dataSource.query(`SELECT ${query.columns} FROM ${query.from} ${where(conditions)} ORDER BY ${query.time}, ${query.id} LIMIT ${page.add(limit + 1)}`, page.values) as Promise<
      Row[]
    >,
    dataSource.query(`SELECT count(*)::int AS n FROM ${query.from} ${where(countConditions)}`, count.values) as Promise<{ n: number }[]>,
  ]);
  return toConnection(rows.map(query.toNode), limit, counted[0].n, (node) => [query.timeOf(node).toISOString(), node.id]);
}
