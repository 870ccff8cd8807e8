import type { ReactNode } from 'react';
import { Link } from 'react-router';

/**
 * The top of a record's page: the way back to its list, its title, its status badge (when it has
 * one) and what else the heading holds (`children`: links, actions).
 */
export function RecordHeading({
  back,
  title,
  titleTestId,
  status,
  statusClassName,
  statusTestId,
  children,
}: {
  back: { to: string; label: string };
  title: ReactNode;
  titleTestId?: string;
  status?: ReactNode;
  statusClassName?: string;
  statusTestId?: string;
  children?: ReactNode;
}) {
  return (
    <>
      <Link to={back.to} className="back-link">
        {back.label}
      </Link>
      <div className="page-heading">
        <h1 data-testid={titleTestId}>{title}</h1>
        {status !== undefined && (
          <span className={statusClassName ? `badge badge-large ${statusClassName}` : 'badge badge-large'} data-testid={statusTestId}>
            {status}
          </span>
        )}
        {children}
      </div>
    </>
  );
}
