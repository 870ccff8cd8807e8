import type { OrganizationFacetsQueryVariables, OrganizationFilter, OrganizationOrder } from '../../gql/graphql';
import {
  CONTACT_RECENCIES,
  isDirection,
  isOrganizationKind,
  oneOf,
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

const isCategory = oneOf(VOLUNTEER_CATEGORIES);
const isMode = oneOf(VOLUNTEERING_MODES);
const isStatus = oneOf(ORGANIZATION_STATUSES);
const isVerification = oneOf(VERIFICATION_STATUSES);
const isContact = oneOf(CONTACT_RECENCIES);
const isOrder = oneOf(ORGANIZATION_ORDERS);

export function filterFromQuery(query: URLSearchParams): OrganizationFilter {
  const filter: OrganizationFilter = {};
  const get = (key: string) => query.get(key) ?? '';
  const search = get('q').trim();
  if (search) filter.search = search;
  if (get('region')) filter.regionCode = get('region');
  if (get('district')) filter.districtCode = get('district');
  if (isOrganizationKind(get('kind'))) filter.kind = get('kind') as OrganizationFilter['kind'];
  if (isDirection(get('direction'))) filter.direction = get('direction') as OrganizationFilter['direction'];
  const category = get('category');
  if (isCategory(category)) filter.category = category;
  const mode = get('mode');
  if (isMode(mode)) filter.mode = mode;
  const status = get('status');
  if (isStatus(status)) filter.status = status;
  const verification = get('verification');
  if (isVerification(verification)) filter.verificationStatus = verification;
  const contact = get('contact');
  if (isContact(contact)) filter.contact = contact;
  return filter;
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
