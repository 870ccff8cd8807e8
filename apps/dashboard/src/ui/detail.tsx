import type { ReactNode } from 'react';

/**
 * One entry of a record's details (`<dl className="details">`): its label and its value; `wide`
 * spans the whole row, `testId` and `valueClassName` go on the value.
 */
export function Detail({
  label,
  wide = false,
  testId,
  valueClassName,
  children,
}: {
  label: ReactNode;
  wide?: boolean;
  testId?: string;
  valueClassName?: string;
  children: ReactNode;
}) {
  return (
    <div className={wide ? 'details-wide' : undefined}>
      <dt>{label}</dt>
      <dd className={valueClassName} data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}
