import { useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import type { OrganizationFacetsQuery as FacetsData } from '../../gql/graphql';

interface FacetCount {
  value: string;
  count: number;
}
import { canWrite, useViewer } from '../../auth/session';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { LoadMore } from '../../ui/load-more';
import { EmptyState, ErrorNotice, Loading } from '../../ui/status';
import {
  CONTACT_RECENCIES,
  DIRECTIONS,
  ORGANIZATION_KINDS,
  ORGANIZATION_ORDERS,
  ORGANIZATION_STATUSES,
  VERIFICATION_STATUSES,
  VOLUNTEER_CATEGORIES,
  VOLUNTEERING_MODES,
} from '../reference/catalog';
import { useRegionOptions } from '../reference/use-region-options';
import { DIMENSIONS, facetVariables, filterFromQuery, orderFromQuery, queryWith, type Dimension } from './organization-filter';
import { ORGANIZATIONS_PAGE_SIZE, OrganizationFacetsQuery, OrganizationsQuery } from './organizations.graphql';

/** Typing settles for this long before the search goes into the address (and to the server). */
export const SEARCH_DELAY_MS = 350;

interface Option {
  value: string;
  label: string;
}

/** The counts of one dimension: without its own filter when it is in use, so every value keeps its count. */
function countsOf(facets: FacetsData | undefined, dimension: Dimension): Map<string, number> | null {
  if (!facets) return null;
  const own = facets[dimension.alias] as Partial<Record<string, FacetCount[]>> | null | undefined;
  const list = (own?.[dimension.facet] ?? facets.all[dimension.facet]) as FacetCount[];
  return new Map(list.map((facet) => [facet.value, facet.count]));
}

export function OrganizationsPage() {
  const navigate = useNavigate();
  const i18n = useI18n();
  const { t, name, formatDate, formatNumber } = i18n;
  const [query] = useSearchParams();
  const viewer = useViewer();
  const filter = filterFromQuery(query);
  const orderBy = orderFromQuery(query, filter);
  const regions = useRegionOptions();
  const { data, loading, error, fetchMore, refetch } = useQuery(OrganizationsQuery, {
    variables: { filter, orderBy, first: ORGANIZATIONS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const facets = useQuery(OrganizationFacetsQuery, { variables: facetVariables(filter), fetchPolicy: 'cache-and-network' });
  const [search, setSearch] = useState(filter.search ?? '');

  // Typing searches after a short pause; the address stays the single source of the filter.
  const queryString = query.toString();
  // The address changed by a link or the back button: the box shows what is searched.
  const searched = filter.search ?? '';
  useEffect(() => {
    setSearch((typed) => (typed.trim() === searched ? typed : searched));
  }, [searched]);
  useEffect(() => {
    const current = new URLSearchParams(queryString);
    if (search.trim() === (current.get('q') ?? '').trim()) return undefined;
    const timer = setTimeout(() => navigate(queryWith(current, 'q', search.trim())), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search, queryString]);

  const connection = data?.organizations;

  function submitSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    navigate(queryWith(query, 'q', search.trim()));
  }

  const region = regions.data?.regions.find((candidate) => candidate.code === filter.regionCode);
  const enumOptions = (values: readonly string[], prefix: string): Option[] => values.map((value) => ({ value, label: t(`${prefix}.${value}` as MessageKey) }));
  const options: Record<Dimension['param'], Option[]> = {
    region: regions.data?.regions.map((option) => ({ value: option.code, label: name(option.name) })) ?? [],
    district: region?.districts.map((district) => ({ value: district.code, label: name(district.name) })) ?? [],
    kind: enumOptions(ORGANIZATION_KINDS, 'organizationKind'),
    direction: enumOptions(DIRECTIONS, 'direction'),
    category: enumOptions(VOLUNTEER_CATEGORIES, 'category'),
    mode: enumOptions(VOLUNTEERING_MODES, 'mode'),
    status: enumOptions(ORGANIZATION_STATUSES, 'organizationStatus'),
    verification: enumOptions(VERIFICATION_STATUSES, 'verificationStatus'),
    contact: enumOptions(CONTACT_RECENCIES, 'contactRecency'),
  };

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

      <form className="search-form" role="search" onSubmit={submitSearch}>
        <label htmlFor="organization-search" className="visually-hidden">
          {t('organizations.search')}
        </label>
        <input
          id="organization-search"
          type="search"
          value={search}
          placeholder={t('organizations.searchPlaceholder')}
          onChange={(event) => setSearch(event.target.value)}
        />
        <button type="submit" className="button">
          {t('organizations.searchSubmit')}
        </button>
      </form>

      <form className="filters" aria-label={t('organizations.filters')} onSubmit={(event) => event.preventDefault()} data-testid="organization-filters">
        {DIMENSIONS.map((dimension) => {
          const counts = countsOf(facets.data, dimension);
          const value = String(filter[dimension.field] ?? '');
          return (
            <label key={dimension.param}>
              <span>{t(`organizations.filter.${dimension.param}`)}</span>
              <select
                value={value}
                disabled={dimension.param === 'district' && !region}
                onChange={(event) => navigate(queryWith(query, dimension.param, event.target.value))}
              >
                <option value="">{t('common.all')}</option>
                {options[dimension.param].map((option) => (
                  <option key={option.value} value={option.value}>
                    {counts ? t('organizations.facet', { label: option.label, count: formatNumber(counts.get(option.value) ?? 0) }) : option.label}
                  </option>
                ))}
              </select>
            </label>
          );
        })}
        <label>
          <span>{t('organizations.sort')}</span>
          <select value={orderBy} onChange={(event) => navigate(queryWith(query, 'sort', event.target.value))}>
            {ORGANIZATION_ORDERS.filter((order) => order !== 'RELEVANCE' || filter.search).map((order) => (
              <option key={order} value={order}>
                {t(`organizationOrder.${order}`)}
              </option>
            ))}
          </select>
        </label>
        {query.toString() !== '' && (
          <button type="button" className="button button-link" onClick={() => navigate('/organizations')}>
            {t('organizations.clearFilters')}
          </button>
        )}
      </form>

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
            <div className="table-wrap">
              <table className="table" data-testid="organizations-table">
                <thead>
                  <tr>
                    <th scope="col">{t('organizations.column.name')}</th>
                    <th scope="col">{t('organizations.column.kind')}</th>
                    <th scope="col">{t('organizations.column.place')}</th>
                    <th scope="col">{t('organizations.column.directions')}</th>
                    <th scope="col">{t('organizations.column.verification')}</th>
                    <th scope="col">{t('organization.createdAt')}</th>
                  </tr>
                </thead>
                <tbody>
                  {connection.edges.map(({ node }) => {
                    const otherNames = [node.nameKk, node.nameRu, node.nameLatin].filter((other): other is string => Boolean(other) && other !== node.name);
                    return (
                      <tr key={node.id}>
                        <th scope="row">
                          <Link to={`/organizations/${node.id}`}>{node.name}</Link>
                          {otherNames.length > 0 && <div className="muted small">{[...new Set(otherNames)].join(' · ')}</div>}
                        </th>
                        <td>
                          {t(`organizationKind.${node.kind}`)}
                          {node.status !== 'ACTIVE' && <div className="muted small">{t(`organizationStatus.${node.status}`)}</div>}
                        </td>
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
                        <td>
                          <span className={`badge verification-${node.verificationStatus.toLowerCase()}`}>{t(`verificationStatus.${node.verificationStatus}`)}</span>
                        </td>
                        <td className="nowrap">{formatDate(node.createdAt)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          <div className="pager">
            <span className="muted">
              {t('organizations.shown', { shown: formatNumber(connection.edges.length), total: formatNumber(connection.totalCount) })}
            </span>
            <LoadMore pageInfo={connection.pageInfo} onLoad={(after) => fetchMore({ variables: { after } })} />
          </div>
          {error != null && connection && <ErrorNotice error={error} />}
        </>
      )}
    </section>
  );
}
