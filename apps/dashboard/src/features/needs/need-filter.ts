import { NeedKind, NeedStatus, NeedTheme } from '@birge/shared-reference';
import type { NeedFilter, NeedKind as ApiNeedKind, NeedStatus as ApiNeedStatus, NeedTheme as ApiNeedTheme } from '../../gql/graphql';

export const NEED_THEMES = Object.values(NeedTheme) as ApiNeedTheme[];
export const NEED_KINDS = Object.values(NeedKind) as ApiNeedKind[];
export const NEED_STATUSES = Object.values(NeedStatus) as ApiNeedStatus[];

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined => values.find((candidate) => candidate === value);

/**
 * The register's filters live in the address (`#/needs?region=...&status=ESCALATED`). A regional
 * staff member starts in their own region; a district counts only with its region.
 */
export function needFilterFromQuery(query: URLSearchParams, ownRegion: string | null): NeedFilter {
  const filter: NeedFilter = {};
  const region = query.get('region') || ownRegion;
  if (region) filter.regionCode = region;
  const district = query.get('district');
  if (region && district) filter.districtCode = district;
  const theme = oneOf(NEED_THEMES, query.get('theme'));
  if (theme) filter.theme = theme;
  const kind = oneOf(NEED_KINDS, query.get('kind'));
  if (kind) filter.kind = kind;
  const status = oneOf(NEED_STATUSES, query.get('status'));
  if (status) filter.status = status;
  return filter;
}

/** The address with one filter changed; a new region drops the district, which belonged to the old one. */
export function needsQueryWith(query: URLSearchParams, key: 'region' | 'district' | 'theme' | 'kind' | 'status', value: string): string {
  const next = new URLSearchParams(query);
  if (value) next.set(key, value);
  else next.delete(key);
  if (key === 'region') next.delete('district');
  const search = next.toString();
  return search ? `/needs?${search}` : '/needs';
}
