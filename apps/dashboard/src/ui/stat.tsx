import type { ReactNode } from 'react';

/** One figure of a row of figures (`<dl className="stats">`): its label over its value; `className` adds to the entry's, `valueTestId` goes on the value. */
export function Stat({ label, className, testId, valueTestId, children }: { label: ReactNode; className?: string; testId?: string; valueTestId?: string; children: ReactNode }) {
  return (
    <div className={className ? `stat ${className}` : 'stat'} data-testid={testId}>
      <dt className="stat-label">{label}</dt>
      <dd className="stat-value" data-testid={valueTestId}>
        {children}
      </dd>
    </div>
  );
}
