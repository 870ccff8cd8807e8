import { REGIONS } from '@birge/shared-reference';
import { name } from '../../testing/fixtures';
import type { Mocks } from '../../testing/render';
import { OPEN_NEEDS_PAGE_SIZE, RegionFiguresQuery, RegisterNeedsQuery } from './analytics.graphql';

/** Figures for the 20 regions: organizations 0, 1, 2, ... in official order; open requests 10 in Astana, 0 elsewhere. */
export function regionFiguresMock(options: { coverageDown?: boolean } = {}): Mocks[number] {
  const regions = REGIONS.map((region, index) => ({
    __typename: 'Region',
    code: region.code,
    kind: region.kind === 'city' ? 'CITY' : 'OBLAST',
    name: name(region.name.kk, region.name.ru, region.name.en),
    coverage: options.coverageDown ? null : { __typename: 'RegionCoverage', districtCount: region.districts.length, coveredDistrictCount: index % 3 },
    assistanceSummary: { __typename: 'RegionAssistanceSummary', openCount: region.code === '710000000' ? 10 : 0, overdueCount: region.code === '710000000' ? 2 : 0, resolvedCount: index, totalCount: index + 12 },
  }));
  return {
    request: { query: RegionFiguresQuery },
    result: {
      data: {
        nationalOverview: {
          __typename: 'NationalOverview',
          organizationCount: (19 * 20) / 2,
          openRequestCount: 10,
          regions: REGIONS.map((region, index) => ({
            __typename: 'RegionOverview',
            organizationCount: index,
            openRequestCount: region.code === '710000000' ? 10 : 0,
            region: { __typename: 'Region', code: region.code },
          })),
        },
        regions,
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const need = (id: string, regionCode: string, status: string, theme = 'NO_PLACE_TO_MEET') => ({
  __typename: 'Need',
  id,
  theme,
  kind: 'MOVEMENT',
  status,
  firstNoticedOn: '2026-10-01',
  region: { __typename: 'Region', code: regionCode },
  district: null,
});

/** The register: two open needs in Abai, one escalated in Astana, one resolved in Astana (not open). */
export function registerNeedsMock(filter: Record<string, unknown> = {}): Mocks[number] {
  const all = [
    need('n1', '100000000', 'OPEN'),
    need('n2', '100000000', 'BEING_ADDRESSED', 'LOCAL_EXECUTIVE_RELATIONS'),
    need('n3', '710000000', 'ESCALATED'),
    need('n4', '710000000', 'RESOLVED'),
  ].filter((entry) => !filter['regionCode'] || entry.region.code === filter['regionCode']);
  return {
    request: { query: RegisterNeedsQuery, variables: { filter, first: OPEN_NEEDS_PAGE_SIZE, after: null } },
    result: {
      data: {
        needs: {
          __typename: 'NeedConnection',
          totalCount: all.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: all.map((node) => ({ __typename: 'NeedEdge', cursor: node.id, node })),
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
