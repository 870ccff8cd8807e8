import { REGIONS } from '@birge/shared-reference';
import { name } from '../../testing/fixtures';
import type { Mocks } from '../../testing/render';
import { InsightBreakdownQuery, InsightSeriesQuery, OPEN_NEEDS_PAGE_SIZE, RegionDrillDownQuery, RegionInsightsQuery, RegisterNeedsQuery } from './analytics.graphql';

const MEASURES = ['ORGANIZATIONS', 'NEW_ORGANIZATIONS', 'REQUESTS', 'OPEN_REQUESTS', 'OVERDUE_REQUESTS', 'RESOLVED_REQUESTS', 'CONTACTS', 'COVERED_DISTRICTS'] as const;

/** The measures of region number `index` in official order: organizations = index, open requests 10 in Astana only, ... */
function regionValues(code: string, index: number): Record<(typeof MEASURES)[number], number> {
  return {
    ORGANIZATIONS: index,
    NEW_ORGANIZATIONS: index % 2,
    REQUESTS: index + 12,
    OPEN_REQUESTS: code === '710000000' ? 10 : 0,
    OVERDUE_REQUESTS: code === '710000000' ? 2 : 0,
    RESOLVED_REQUESTS: index,
    CONTACTS: index * 2,
    COVERED_DISTRICTS: index % 3,
  };
}

const values = (record: Record<string, number>) => MEASURES.map((measure) => ({ __typename: 'InsightValue', measure, value: record[measure] ?? 0 }));

/**
 * The 20 regions' figures (organizations 0, 1, 2, ... in official order; open requests 10 in
 * Astana) as the analytics API groups them by region. Abai, with no facts, has no row: zeros.
 */
export function regionFiguresMock(
  options: { period?: Record<string, unknown>; scale?: number; filter?: Record<string, unknown>; measures?: readonly string[] } = {},
): Mocks[number] {
  const scale = options.scale ?? 1;
  const asked = options.measures ?? MEASURES;
  const regions = REGIONS.map((region) => ({
    __typename: 'Region',
    code: region.code,
    kind: region.kind === 'city' ? 'CITY' : 'OBLAST',
    name: name(region.name.kk, region.name.ru, region.name.en),
    districts: region.districts.map((district) => ({ __typename: 'District', code: district.code })),
  }));
  const rows = REGIONS.map((region, index) => ({
    code: region.code,
    record: Object.fromEntries(Object.entries(regionValues(region.code, index)).map(([key, value]) => [key, value * scale])),
  })).filter((row) => row.code !== '100000000');
  const total = Object.fromEntries(MEASURES.map((measure) => [measure, rows.reduce((sum, row) => sum + (row.record[measure] ?? 0), 0)]));
  return {
    request: { query: RegionInsightsQuery, variables: { filter: { ...(options.period ? { period: options.period } : {}), ...options.filter }, measures: asked } },
    result: {
      data: {
        regions,
        insights: {
          __typename: 'InsightTable',
          measures: asked,
          period: { __typename: 'InsightPeriod', from: '2025-12-01', to: '2026-12-31' },
          rows: rows.map((row) => ({
            __typename: 'InsightRow',
            keys: [{ __typename: 'InsightKey', dimension: 'REGION', code: row.code }],
            values: values(row.record).filter((value) => asked.includes(value.measure)),
            // Astana's front office has an accepted report; the others none yet.
            regionContext: {
              __typename: 'InsightRegionContext',
              lastReportNarrative: row.code === '710000000' ? 'Астанада бастамашыл топтарға зал жетіспейді.' : null,
              lastReportPeriod: row.code === '710000000' ? '2026-Q3' : null,
            },
          })),
          total: { __typename: 'InsightRow', values: values(total).filter((value) => asked.includes(value.measure)) },
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** A monthly series of one measure: one line (or one per region code given), the values given per month. */
export function seriesMock(
  filter: Record<string, unknown>,
  measure: string,
  months: string[],
  lines: { code: string | null; values: number[] }[],
  splitBy?: string,
): Mocks[number] {
  return {
    request: { query: InsightSeriesQuery, variables: { filter, measures: [measure], ...(splitBy ? { splitBy } : {}) } },
    result: {
      data: {
        insightSeries: {
          __typename: 'InsightSeries',
          measures: [measure],
          months,
          lines: lines.map((line) => ({
            __typename: 'InsightSeriesLine',
            key: line.code ? { __typename: 'InsightKey', dimension: 'REGION', code: line.code } : null,
            points: months.map((month, index) => ({ __typename: 'InsightPoint', month, values: [{ __typename: 'InsightValue', measure, value: line.values[index] ?? 0 }] })),
          })),
        },
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

/** A region's drill-down: the districts given with their organizations and requests; the region's last report narrative on every row. */
export function drillDownMock(
  region: string,
  districts: { code: string; organizations: number; requests: number }[],
  narrative: string | null = null,
  filter: Record<string, unknown> = {},
  measures: readonly string[] = ['ORGANIZATIONS', 'REQUESTS', 'OPEN_REQUESTS', 'OVERDUE_REQUESTS', 'RESOLVED_REQUESTS', 'CONTACTS'],
): Mocks[number] {
  return {
    request: { query: RegionDrillDownQuery, variables: { region, filter, measures } },
    result: {
      data: {
        insightDrillDown: {
          __typename: 'InsightTable',
          measures,
          period: { __typename: 'InsightPeriod', from: '2025-12-01', to: '2026-12-31' },
          rows: districts.map((district) => ({
            __typename: 'InsightRow',
            keys: [
              {
                __typename: 'InsightKey',
                dimension: 'DISTRICT',
                code: district.code,
                label: { __typename: 'InsightLabel', kk: district.code, ru: district.code, en: district.code },
              },
            ],
            values: measures.map((measure) => ({
              __typename: 'InsightValue',
              measure,
              value: measure === 'ORGANIZATIONS' ? district.organizations : measure === 'REQUESTS' ? district.requests : 0,
            })),
            regionContext: { __typename: 'InsightRegionContext', openNeedCount: 0, lastReportNarrative: narrative, lastReportPeriod: narrative ? '2026-Q3' : null },
          })),
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** The measures a breakdown asks for when only its dimension (an organization's) cuts them: every count but coverage. */
export const BREAKDOWN_MEASURES = ['ORGANIZATIONS', 'NEW_ORGANIZATIONS', 'REQUESTS', 'OPEN_REQUESTS', 'OVERDUE_REQUESTS', 'RESOLVED_REQUESTS', 'CONTACTS'] as const;

/** A breakdown by one dimension: the groups given (code → value of every measure, or per measure), their sum as the total. */
export function breakdownMock(
  filter: Record<string, unknown>,
  dimension: string,
  groups: Record<string, number | Record<string, number>>,
  measures: readonly string[] = BREAKDOWN_MEASURES,
): Mocks[number] {
  const valueOf = (group: number | Record<string, number>, measure: string) => (typeof group === 'number' ? group : (group[measure] ?? 0));
  const row = (keys: { code: string }[], of: (measure: string) => number) => ({
    __typename: 'InsightRow',
    keys: keys.map((key) => ({ __typename: 'InsightKey', dimension, code: key.code })),
    values: measures.map((measure) => ({ __typename: 'InsightValue', measure, value: of(measure) })),
  });
  return {
    request: { query: InsightBreakdownQuery, variables: { filter, measures, groupBy: [dimension] } },
    result: {
      data: {
        insights: {
          __typename: 'InsightTable',
          measures,
          groupBy: [dimension],
          period: { __typename: 'InsightPeriod', from: '2025-12-01', to: '2026-12-31' },
          rows: Object.entries(groups).map(([code, group]) => row([{ code }], (measure) => valueOf(group, measure))),
          total: { __typename: 'InsightRow', values: row([], (measure) => Object.values(groups).reduce<number>((sum, group) => sum + valueOf(group, measure), 0)).values },
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
