import { useState } from 'react';
import type { PageInfoFieldsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { ErrorNotice } from './status';

/** "Load more" under a list; while `loading` it is disabled and says so. */
function LoadMoreButton({ onClick, loading }: { onClick: () => void; loading?: boolean }) {
  const { t } = useI18n();
  return (
    <button type="button" className="button button-secondary" disabled={loading} onClick={onClick}>
      {loading ? t('common.loading') : t('common.loadMore')}
    </button>
  );
}

/**
 * The list's footer: a "load more" button while the connection has a next page, nothing after the
 * last one. It says while the next page loads, and when it could not be loaded, why, with a retry;
 * the rows already shown stay. `onLoad` fails by rejecting, or (a query that keeps partial data,
 * errorPolicy "all") by resolving to a result with an `error`.
 */
export function LoadMore({ pageInfo, onLoad }: { pageInfo: PageInfoFieldsFragment; onLoad: (after: string | null | undefined) => Promise<unknown> }) {
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  if (!pageInfo.hasNextPage) return null;
  const load = async () => {
    setLoading(true);
    setFailure(null);
    try {
      const result = await onLoad(pageInfo.endCursor);
      const error = (result as { error?: unknown } | null | undefined)?.error;
      if (error) setFailure(error);
    } catch (error) {
      setFailure(error);
    } finally {
      setLoading(false);
    }
  };
  return (
    <div className="load-more">
      <LoadMoreButton loading={loading} onClick={() => void load()} />
      {failure != null && <ErrorNotice error={failure} onRetry={() => void load()} />}
    </div>
  );
}
