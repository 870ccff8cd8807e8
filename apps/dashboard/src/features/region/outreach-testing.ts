import type { Mocks } from '../../testing/render';
import { RegionOutreachQuery } from './outreach.graphql';

const figures = (organizationCount: number, toldCount: number, lastToldOn: string | null) => ({
  organizationCount,
  toldCount,
  toldShare: organizationCount ? toldCount / organizationCount : null,
  lastToldOn,
});

/** The outreach of a region with its first two districts: 4 known (3 told), 2 known (none told). */
export function outreachMock(region: string, districts: readonly string[], organizationCount = 6): Mocks[number] {
  return {
    request: { query: RegionOutreachQuery, variables: { region } },
    result: {
      data: {
        outreach: {
          __typename: 'Outreach',
          period: { __typename: 'InsightPeriod', from: '2025-12-01', to: '2026-12-07' },
          ...figures(organizationCount, organizationCount ? 3 : 0, organizationCount ? '2026-11-20' : null),
          toldInPeriodCount: organizationCount ? 2 : 0,
          districts: districts.map((code, i) => ({
            __typename: 'OutreachDistrictRow',
            district: { __typename: 'District', code },
            ...(i === 0 ? figures(4, 3, '2026-11-20') : figures(i === 1 ? 2 : 0, 0, null)),
          })),
          months: [
            { __typename: 'OutreachMonth', month: '2026-11', organizationCount: 6, toldCount: 2, toldShare: 2 / 6, newlyToldCount: 1 },
            { __typename: 'OutreachMonth', month: '2026-12', organizationCount: 6, toldCount: 3, toldShare: 0.5, newlyToldCount: 1 },
          ],
        },
      },
    },
  };
}
