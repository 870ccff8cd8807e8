import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { Link, navigate, useLocation } from '../../routing/router';
import { EmptyState, ErrorNotice, Loading } from '../../ui/status';
import { DIRECTIONS, ORGANIZATION_KINDS } from '../reference/catalog';
import { useRegionOptions } from '../reference/use-region-options';
import { filterFromQuery, queryWith } from './organization-filter';
import { ORGANIZATIONS_PAGE_SIZE, OrganizationsQuery } from './organizations.graphql';

export function OrganizationsPage() {
  const i18n = useI18n();
  const { t, name, formatDate, formatNumber } = i18n;
  const { query } = useLocation();
  const filter = filterFromQuery(query);
  const regions = useRegionOptions();
  const { data, loading, error, fetchMore, refetch } = useQuery(OrganizationsQuery, {
    variables: { filter, first: ORGANIZATIONS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<unknown>(null);

  const connection = data?.organizations;

  async function loadMore() {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    setLoadMoreError(null);
    try {
      await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } catch (failure) {
      setLoadMoreError(failure);
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <section>
      <div className="page-heading">
        <h1>{t('organizations.title')}</h1>
        <Link to="/organizations/new" className="button">
          {t('nav.newOrganization')}
        </Link>
      </div>

      <form className="filters" aria-label={t('organizations.filters')} onSubmit={(event) => event.preventDefault()}>
        <label>
          <span>{t('organizations.filter.region')}</span>
          <select value={filter.regionCode ?? ''} onChange={(event) => navigate(queryWith(query, 'region', event.target.value))}>
            <option value="">{t('common.all')}</option>
            {regions.data?.regions.map((region) => (
              <option key={region.code} value={region.code}>
                {name(region.name)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('organizations.filter.direction')}</span>
          <select value={filter.direction ?? ''} onChange={(event) => navigate(queryWith(query, 'direction', event.target.value))}>
            <option value="">{t('common.all')}</option>
            {DIRECTIONS.map((direction) => (
              <option key={direction} value={direction}>
                {t(`direction.${direction}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('organizations.filter.kind')}</span>
          <select value={filter.kind ?? ''} onChange={(event) => navigate(queryWith(query, 'kind', event.target.value))}>
            <option value="">{t('common.all')}</option>
            {ORGANIZATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`organizationKind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
      </form>

      {loading && !connection && <Loading />}
      {!connection && !loading && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {connection && (
        <>
          <p className="muted" data-testid="organizations-total">
            {t('organizations.total', { count: formatNumber(connection.totalCount) })}
          </p>
          {connection.edges.length === 0 ? (
            <EmptyState>{t('organizations.empty')}</EmptyState>
          ) : (
            <div className="table-wrap">
              <table className="table" data-testid="organizations-table">
                <thead>
                  <tr>
                    <th scope="col">{t('organizations.column.name')}</th>
                    <th scope="col">{t('organizations.column.kind')}</th>
                    <th scope="col">{t('organizations.column.place')}</th>
                    <th scope="col">{t('organizations.column.directions')}</th>
                    <th scope="col">{t('organization.createdAt')}</th>
                  </tr>
                </thead>
                <tbody>
                  {connection.edges.map(({ node }) => (
                    <tr key={node.id}>
                      <th scope="row">
                        <Link to={`/organizations/${node.id}`}>{node.name}</Link>
                      </th>
                      <td>{t(`organizationKind.${node.kind}`)}</td>
                      <td>
                        {name(node.region.name)}
                        {node.district && <span className="muted"> · {name(node.district.name)}</span>}
                      </td>
                      <td>
                        <ul className="tags">
                          {node.directions.map((direction) => (
                            <li key={direction} className="tag">
                              {t(`direction.${direction}`)}
                            </li>
                          ))}
                        </ul>
                      </td>
                      <td className="nowrap">{formatDate(node.createdAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <div className="pager">
            <span className="muted">
              {t('organizations.shown', { shown: formatNumber(connection.edges.length), total: formatNumber(connection.totalCount) })}
            </span>
            {connection.pageInfo.hasNextPage && (
              <button type="button" className="button button-secondary" onClick={() => void loadMore()} disabled={loadingMore}>
                {loadingMore ? t('common.loading') : t('common.loadMore')}
              </button>
            )}
          </div>
          {loadMoreError != null && <ErrorNotice error={loadMoreError} />}
          {error != null && connection && <ErrorNotice error={error} />}
        </>
      )}
    </section>
  );
}
