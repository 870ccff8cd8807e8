import type { LocalizedText } from '@birge/shared-reference';

/** Runs one SQL statement (a DataSource or a transaction's EntityManager). */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * A region's period as the sources count it: calendar days in Kazakhstan, `from` and `to`
 * inclusive (YYYY-MM-DD), and the same bounds as instants (`startsAt` inclusive, `endsBefore`
 * exclusive) for timestamp columns.
 */
export interface PrefillWindow {
  regionCode: string;
  from: string;
  to: string;
  startsAt: Date;
  endsBefore: Date;
}

/**
 * A figure Birge knows for a region and period, that a NUMBER field of a report form may be
 * pre-filled with. One file per source under `sources/`, listed in REPORT_PREFILL_SOURCES: to add
 * a figure, add a file and a line there. A source reads analytics' own read model only (facts fed
 * by other subgraphs' events), never another subgraph's tables.
 */
export interface PrefillSourceDefinition {
  /** Stable key forms store (upper-case letters, digits, underscores); never renamed once a form uses it. */
  key: string;
  label: LocalizedText;
  /** How the figure is counted, for the designer and for the front office checking it. */
  description: LocalizedText;
  /** The figure; null when Birge cannot tell it (the form's field is then left for the region to fill). */
  compute(db: Queryable, window: PrefillWindow): Promise<number | null>;
}

/** The first column of the first row of a `SELECT ... AS n`, as a number (0 when there is no row). */
export async function single(db: Queryable, sql: string, parameters: unknown[]): Promise<number | null> {
  const rows = (await db.query(sql, parameters)) as { n: number | string | null }[];
  const value = rows[0]?.n;
  return value === null || value === undefined ? null : Number(value);
}
