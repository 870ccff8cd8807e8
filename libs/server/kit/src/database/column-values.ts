/**
 * Statements written from the columns they set, given by name with their values, for services
 * that write rows in SQL: each value is a parameter, numbered where it is added.
 */
export type ColumnValues = Record<string, unknown>;

/** `INSERT INTO <table> (a, b…) VALUES ($1, $2…)` of `columns`, with the values in their order. */
export function insertInto(table: string, columns: ColumnValues): { sql: string; values: unknown[] } {
  const names = Object.keys(columns);
  return { sql: `INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')})`, values: Object.values(columns) };
}

/** The `a = $n, b = $m…` list of an UPDATE's SET, each value added through `add` (which returns its placeholder). */
export function setColumns(columns: ColumnValues, add: (value: unknown) => string): string {
  return Object.entries(columns)
    .map(([name, value]) => `${name} = ${add(value)}`)
    .join(', ');
}
