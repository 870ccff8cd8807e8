import { useQuery } from '@apollo/client/react';
import type { RegionFiguresQuery as RegionFiguresResult } from '../../gql/graphql';
import { RegionFiguresQuery } from './analytics.graphql';
import type { RegionFigures } from './measures';
import { useOpenNeeds, type OpenNeeds } from './use-open-needs';

/** The figures of all 20 regions in official order, each with its open needs; null fields where a service did not answer. */
export function regionFiguresFrom(data: RegionFiguresResult | undefined, needs: OpenNeeds['byRegion']): RegionFigures[] {
  const overview = new Map((data?.nationalOverview?.regions ?? []).map((row) => [row.region.code, row]));
  return (data?.regions ?? []).map((region) => {
    const figures = overview.get(region.code);
    const summary = region.assistanceSummary;
    return {
      code: region.code,
      kind: region.kind,
      name: region.name,
      organizations: figures?.organizationCount ?? null,
      openRequests: figures?.openRequestCount ?? summary?.openCount ?? null,
      overdueRequests: summary?.overdueCount ?? null,
      resolvedRequests: summary?.resolvedCount ?? null,
      totalRequests: summary?.totalCount ?? null,
      coverage: region.coverage ? { covered: region.coverage.coveredDistrictCount, total: region.coverage.districtCount } : null,
      openNeeds: needs ? (needs.get(region.code)?.length ?? 0) : null,
    };
  });
}

export function useRegionFigures() {
  // errorPolicy 'all': a service that is down leaves its figures null, the others still show.
  const query = useQuery(RegionFiguresQuery, { errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  const needs = useOpenNeeds();
  return { ...query, needs, rows: regionFiguresFrom(query.data, needs.byRegion) };
}
