import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** The top of a record's page: the way back to its list, its title and its status badge. */
export function RecordHeading({
  back,
  title,
  titleTestId,
  status,
  statusClassName,
  statusTestId,
}: {
  back: { to: string; label: string };
  title: ReactNode;
  titleTestId: string;
  status: ReactNode;
  statusClassName: string;
  statusTestId: string;
}) {
  return (
    <>
      <Link to={back.to} className="back-link">
        {back.label}
      </Link>
      <div className="page-heading">
        <h1 data-testid={titleTestId}>{title}</h1>
        <span className={`badge badge-large ${statusClassName}`} data-testid={statusTestId}>
          {status}
        </span>
      </div>
    </>
  );
}
