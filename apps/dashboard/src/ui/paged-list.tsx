import type { ReactNode } from 'react';
import type { PageInfoFieldsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { LoadMore } from './load-more';
import { EmptyState, ErrorNotice, LoadingOrError } from './status';

/** A page of a connection, as a paged list's query selects it. */
export interface PagedConnection<Node> {
  totalCount: number;
  edges: ReadonlyArray<{ node: Node }>;
  pageInfo: PageInfoFieldsFragment;
}

/** What `PagedList` needs of the list's `useQuery` result. */
export interface PagedQuery {
  loading: boolean;
  error?: unknown;
  refetch: () => Promise<unknown>;
  fetchMore: (options: { variables: { after: string | null | undefined } }) => Promise<unknown>;
}

/**
 * A paged list's states, given its query's result and its `connection`: until the first page
 * comes, the spinner or why it failed (with a retry); then, with a `totalTestId`, how many are
 * shown of how many; the items (`children`, given the nodes shown) or `empty` when there are
 * none, the next page's button and the error of a later fetch, the items shown staying.
 */
export function PagedList<Node>({
  query: { loading, error, refetch, fetchMore },
  connection,
  totalTestId,
  empty,
  children,
}: {
  query: PagedQuery;
  connection: PagedConnection<Node> | undefined;
  totalTestId?: string;
  empty: ReactNode;
  children: (nodes: Node[], connection: PagedConnection<Node>) => ReactNode;
}) {
  const { t, formatNumber } = useI18n();
  if (!connection) return <LoadingOrError loading={loading} error={error} onRetry={() => void refetch()} />;
  return (
    <>
      {totalTestId && (
        <p className="muted" data-testid={totalTestId}>
          {t('organizations.shown', { shown: formatNumber(connection.edges.length), total: formatNumber(connection.totalCount) })}
        </p>
      )}
      {connection.edges.length === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        children(
          connection.edges.map((edge) => edge.node),
          connection,
        )
      )}
      <LoadMore pageInfo={connection.pageInfo} onLoad={(after) => fetchMore({ variables: { after } })} />
      {error != null && <ErrorNotice error={error} />}
    </>
  );
}
