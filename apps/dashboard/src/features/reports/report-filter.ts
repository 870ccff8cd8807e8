import type { ReportFilter, ReportStatus } from '../../gql/graphql';

export const REPORT_STATUSES: readonly ReportStatus[] = ['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED'];

/** The reports list's filter as the address keeps it (`?form=&region=&period=&status=`); regional staff always their own region. */
export function reportFilterFromQuery(query: URLSearchParams, ownRegion: string | null): ReportFilter {
  const filter: ReportFilter = {};
  const form = query.get('form');
  const region = ownRegion ?? query.get('region');
  const period = query.get('period');
  const status = REPORT_STATUSES.find((candidate) => candidate === query.get('status'));
  if (form) filter.formId = form;
  if (region) filter.regionCode = region;
  if (period) filter.period = period;
  if (status) filter.status = status;
  return filter;
}

/** The address with one filter changed (empty: removed). */
export function reportsQueryWith(query: URLSearchParams, key: 'form' | 'region' | 'period' | 'status', value: string): string {
  const next = new URLSearchParams(query);
  if (value) next.set(key, value);
  else next.delete(key);
  const search = next.toString();
  return search ? `/reports?${search}` : '/reports';
}
