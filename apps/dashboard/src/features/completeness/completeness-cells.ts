import type { ReportingState } from '../../gql/graphql';

/** What a cell of the matrix says, by colour, symbol and words alike. */
export type CellKind = 'expected' | 'draft' | 'overdue' | 'submitted' | 'returned' | 'accepted';

export const CELL_KINDS: readonly CellKind[] = ['expected', 'draft', 'overdue', 'submitted', 'returned', 'accepted'];

/** A symbol per kind, so the matrix reads without colour too (and in print). */
export const CELL_SYMBOLS: Record<CellKind, string> = { expected: '○', draft: '◐', overdue: '!', submitted: '●', returned: '↩', accepted: '✔' };

export function cellKind(cell: { state: ReportingState; overdue: boolean }): CellKind {
  if (cell.overdue) return 'overdue';
  if (cell.state === 'NOT_STARTED') return 'expected';
  if (cell.state === 'DRAFT') return 'draft';
  if (cell.state === 'SUBMITTED') return 'submitted';
  if (cell.state === 'RETURNED') return 'returned';
  return 'accepted';
}
