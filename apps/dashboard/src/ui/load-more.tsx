import type { PageInfoFieldsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';

/** "Load more" under a list; while `loading` it is disabled and says so. */
export function LoadMoreButton({ onClick, loading }: { onClick: () => void; loading?: boolean }) {
  const { t } = useI18n();
  return (
    <button type="button" className="button button-secondary" disabled={loading} onClick={onClick}>
      {loading ? t('common.loading') : t('common.loadMore')}
    </button>
  );
}

/** The list's footer: a "load more" button while the connection has a next page, nothing after the last one. */
export function LoadMore({ pageInfo, onLoad, loading }: { pageInfo: PageInfoFieldsFragment; onLoad: (after: string | null | undefined) => void; loading?: boolean }) {
  if (!pageInfo.hasNextPage) return null;
  return <LoadMoreButton loading={loading} onClick={() => onLoad(pageInfo.endCursor)} />;
}
