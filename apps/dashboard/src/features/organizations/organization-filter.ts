import type { OrganizationFilter } from '../../gql/graphql';
import { isDirection, isOrganizationKind } from '../reference/catalog';

/** Filters live in the address (`#/organizations?region=...`) so links and the back button keep them. */
export function filterFromQuery(query: URLSearchParams): OrganizationFilter {
  const filter: OrganizationFilter = {};
  const region = query.get('region');
  const direction = query.get('direction') ?? '';
  const kind = query.get('kind') ?? '';
  if (region) filter.regionCode = region;
  if (isDirection(direction)) filter.direction = direction;
  if (isOrganizationKind(kind)) filter.kind = kind;
  return filter;
}

export function queryWith(query: URLSearchParams, key: string, value: string): string {
  const next = new URLSearchParams(query);
  if (value) next.set(key, value);
  else next.delete(key);
  const search = next.toString();
  return search ? `/organizations?${search}` : '/organizations';
}
