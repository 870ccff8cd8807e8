import { Link } from 'react-router';
import { errorCodeOf } from '../errors/graphql-errors';
import { EmptyState, ErrorNotice } from './status';

/**
 * A record's page when the record did not come: `notFound` when the API said so (an id that is
 * not one comes back as BAD_USER_INPUT: for the reader it is simply not found) or said nothing,
 * the error with a retry otherwise; then the way back to its list.
 */
export function RecordMissing({ error, onRetry, notFound, back }: { error: unknown; onRetry: () => void; notFound: string; back: { to: string; label: string } }) {
  const code = errorCodeOf(error);
  return (
    <section>
      {!error || code === 'NOT_FOUND' || code === 'BAD_USER_INPUT' ? <EmptyState>{notFound}</EmptyState> : <ErrorNotice error={error} onRetry={onRetry} />}
      <Link to={back.to}>{back.label}</Link>
    </section>
  );
}
