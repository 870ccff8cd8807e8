import type { ReactNode } from 'react';

export interface Column {
  label: ReactNode;
  className?: string;
}

/** A column of figures: its heading and its cells aligned right (`<td className="numeric">`). */
export const numericColumn = (label: ReactNode): Column => ({ label, className: 'numeric' });

/**
 * A scrolling table with one header row of column headings; `children` are the body's rows. The
 * wrapper takes the keyboard focus, so a table wider than a phone can be scrolled without a mouse.
 */
export function DataTable({ testId, columns, children }: { testId: string; columns: readonly (string | Column)[]; children: ReactNode }) {
  return (
    <div className="table-wrap" tabIndex={0}>
      <table className="table" data-testid={testId}>
        <thead>
          <tr>
            {columns.map((column, index) => {
              const { label, className } = typeof column === 'string' ? { label: column, className: undefined } : column;
              return (
                <th key={index} scope="col" className={className}>
                  {label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
