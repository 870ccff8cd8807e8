import type { OrganizationFacetsQueryVariables, OrganizationFilter, OrganizationOrder } from '../../gql/graphql';
import {
  CONTACT_RECENCIES,
  DIRECTIONS,
  oneOf,
  ORGANIZATION_KINDS,
  ORGANIZATION_ORDERS,
  ORGANIZATION_STATUSES,
  VERIFICATION_STATUSES,
  VOLUNTEER_CATEGORIES,
  VOLUNTEERING_MODES,
} from '../reference/catalog';

/**
 * The filterable dimensions: the address parameter, the filter field, and the facet list that
 * counts its values. Filters live in the address (`#/organizations?region=...`) so links and the
 * back button keep them.
 */
export const DIMENSIONS = [
  { param: 'region', field: 'regionCode', facet: 'regions', alias: 'regionFacets', flag: 'byRegion', without: 'withoutRegion' },
  { param: 'district', field: 'districtCode', facet: 'districts', alias: 'districtFacets', flag: 'byDistrict', without: 'withoutDistrict' },
  { param: 'kind', field: 'kind', facet: 'kinds', alias: 'kindFacets', flag: 'byKind', without: 'withoutKind' },
  { param: 'direction', field: 'direction', facet: 'directions', alias: 'directionFacets', flag: 'byDirection', without: 'withoutDirection' },
  { param: 'category', field: 'category', facet: 'categories', alias: 'categoryFacets', flag: 'byCategory', without: 'withoutCategory' },
  { param: 'mode', field: 'mode', facet: 'modes', alias: 'modeFacets', flag: 'byMode', without: 'withoutMode' },
  { param: 'status', field: 'status', facet: 'statuses', alias: 'statusFacets', flag: 'byStatus', without: 'withoutStatus' },
  { param: 'verification', field: 'verificationStatus', facet: 'verificationStatuses', alias: 'verificationFacets', flag: 'byVerification', without: 'withoutVerification' },
  { param: 'contact', field: 'contact', facet: 'contact', alias: 'contactFacets', flag: 'byContact', without: 'withoutContact' },
] as const;

export type Dimension = (typeof DIMENSIONS)[number];

/** The values of each dimension of a fixed list, and the catalog prefix of their labels (`organizationKind.NGO`); a region or district is any code. */
export const FIXED_VALUES: Partial<Record<Dimension['param'], { values: readonly string[]; labels: string }>> = {
  kind: { values: ORGANIZATION_KINDS, labels: 'organizationKind' },
  direction: { values: DIRECTIONS, labels: 'direction' },
  category: { values: VOLUNTEER_CATEGORIES, labels: 'category' },
  mode: { values: VOLUNTEERING_MODES, labels: 'mode' },
  status: { values: ORGANIZATION_STATUSES, labels: 'organizationStatus' },
  verification: { values: VERIFICATION_STATUSES, labels: 'verificationStatus' },
  contact: { values: CONTACT_RECENCIES, labels: 'contactRecency' },
};

const isOrder = oneOf(ORGANIZATION_ORDERS);

/** The filter the address asks for: a region or district as given, a value of a fixed list only when it is one of them. */
export function filterFromQuery(query: URLSearchParams): OrganizationFilter {
  const filter: Record<string, string> = {};
  const search = (query.get('q') ?? '').trim();
  if (search) filter['search'] = search;
  for (const dimension of DIMENSIONS) {
    const value = query.get(dimension.param) ?? '';
    const fixed = FIXED_VALUES[dimension.param];
    if (value && (!fixed || fixed.values.includes(value))) filter[dimension.field] = value;
  }
  return filter as OrganizationFilter;
}

/** The chosen order; best match first while searching, newest first otherwise. RELEVANCE needs a search. */
export function orderFromQuery(query: URLSearchParams, filter: OrganizationFilter): OrganizationOrder {
  const sort = query.get('sort');
  if (isOrder(sort) && (sort !== 'RELEVANCE' || filter.search)) return sort;
  return filter.search ? 'RELEVANCE' : 'NEWEST';
}

/** Variables of OrganizationFacetsQuery: the filter, and the filter without each dimension in use. */
export function facetVariables(filter: OrganizationFilter): OrganizationFacetsQueryVariables {
  const variables: Record<string, unknown> = { filter };
  for (const dimension of DIMENSIONS) {
    const active = filter[dimension.field] != null;
    variables[dimension.flag] = active;
    if (active) {
      const rest: OrganizationFilter = { ...filter };
      delete rest[dimension.field];
      // Without the region, its district means nothing either.
      if (dimension.field === 'regionCode') delete rest.districtCode;
      variables[dimension.without] = rest;
    }
  }
  return variables as unknown as OrganizationFacetsQueryVariables;
}

/** The address with one parameter changed; a new region drops the district of the old one. */
export function queryWith(query: URLSearchParams, key: string, value: string): string {
  const next = new URLSearchParams(query);
  if (value) next.set(key, value);
  else next.delete(key);
  if (key === 'region') next.delete('district');
  const search = next.toString();
  return search ? `/organizations?${search}` : '/organizations';
}
