import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { canWrite, useViewer } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { LoadMore } from '../../ui/load-more';
import { EmptyState, ErrorNotice, Loading } from '../../ui/status';
import { filterFromQuery, orderFromQuery } from './organization-filter';
import { OrganizationFilters } from './organization-filters';
import { OrganizationSearch } from './organization-search';
import { OrganizationsTable } from './organizations-table';
import { ORGANIZATIONS_PAGE_SIZE, OrganizationsQuery } from './organizations.graphql';

/** The registry's organizations: searched, filtered and ordered from the address, a page at a time. */
export function OrganizationsPage() {
  const { t, formatNumber } = useI18n();
  const [query] = useSearchParams();
  const viewer = useViewer();
  const filter = filterFromQuery(query);
  const orderBy = orderFromQuery(query, filter);
  const { data, loading, error, fetchMore, refetch } = useQuery(OrganizationsQuery, {
    variables: { filter, orderBy, first: ORGANIZATIONS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.organizations;

  return (
    <section>
      <div className="page-heading">
        <h1>{t('organizations.title')}</h1>
        {canWrite(viewer) && (
          <div className="action-buttons">
            <Link to="/organizations/import" className="button button-secondary">
              {t('nav.import')}
            </Link>
            <Link to="/organizations/new" className="button">
              {t('nav.newOrganization')}
            </Link>
          </div>
        )}
      </div>

      <OrganizationSearch searched={filter.search ?? ''} />
      <OrganizationFilters filter={filter} orderBy={orderBy} />

      {loading && !connection && <Loading />}
      {!connection && !loading && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {connection && (
        <>
          <p className="muted" data-testid="organizations-total">
            {t('organizations.total', { count: formatNumber(connection.totalCount) })}
          </p>
          {connection.edges.length === 0 ? (
            <EmptyState>{filter.search ? t('organizations.emptySearch', { search: filter.search }) : t('organizations.empty')}</EmptyState>
          ) : (
            <OrganizationsTable edges={connection.edges} />
          )}
          <div className="pager">
            <span className="muted">{t('organizations.shown', { shown: formatNumber(connection.edges.length), total: formatNumber(connection.totalCount) })}</span>
            <LoadMore pageInfo={connection.pageInfo} onLoad={(after) => fetchMore({ variables: { after } })} />
          </div>
          {error != null && connection && <ErrorNotice error={error} />}
        </>
      )}
    </section>
  );
}
