import { useQuery } from '@apollo/client/react';
import { useNavigate, useSearchParams } from 'react-router';
import type { OrganizationFacetsQuery as FacetsData, OrganizationFilter, OrganizationOrder } from '../../gql/graphql';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { ORGANIZATION_ORDERS } from '../reference/catalog';
import { useRegionOptions } from '../reference/use-region-options';
import { DIMENSIONS, facetVariables, FIXED_VALUES, queryWith, type Dimension } from './organization-filter';
import { OrganizationFacetsQuery } from './organizations.graphql';

interface FacetCount {
  value: string;
  count: number;
}

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

/** A select per dimension of the list, each value with how many organizations it would leave, and the order. */
export function OrganizationFilters({ filter, orderBy }: { filter: OrganizationFilter; orderBy: OrganizationOrder }) {
  const navigate = useNavigate();
  const { t, name, formatNumber } = useI18n();
  const [query] = useSearchParams();
  const regions = useRegionOptions();
  const facets = useQuery(OrganizationFacetsQuery, { variables: facetVariables(filter), fetchPolicy: 'cache-and-network' });

  const region = regions.data?.regions.find((candidate) => candidate.code === filter.regionCode);
  const options = (dimension: Dimension): Option[] => {
    const fixed = FIXED_VALUES[dimension.param];
    if (fixed) return fixed.values.map((value) => ({ value, label: t(`${fixed.labels}.${value}` as MessageKey) }));
    const places = dimension.param === 'region' ? regions.data?.regions : region?.districts;
    return places?.map((place) => ({ value: place.code, label: name(place.name) })) ?? [];
  };

  return (
    <form className="filters" aria-label={t('organizations.filters')} onSubmit={(event) => event.preventDefault()} data-testid="organization-filters">
      {DIMENSIONS.map((dimension) => {
        const counts = countsOf(facets.data, dimension);
        const value = String(filter[dimension.field] ?? '');
        return (
          <label key={dimension.param}>
            <span>{t(`organizations.filter.${dimension.param}`)}</span>
            <select value={value} disabled={dimension.param === 'district' && !region} onChange={(event) => navigate(queryWith(query, dimension.param, event.target.value))}>
              <option value="">{t('common.all')}</option>
              {options(dimension).map((option) => (
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
  );
}
