import { findRegion, INSIGHT_SHARE_MEASURES, InsightDimension, InsightFamily, InsightMeasure, type Identity } from '@birge/shared-reference';
import type { DataSource } from 'typeorm';
import { readableInsightRegions } from './insight-access';
import { invalidInsight } from './insight-errors';
import { keyLabel, keyOrder, regionOfDistrict } from './insight-labels';
import { MAX_INSIGHT_ROWS, MAX_SERIES_LINES, MAX_SERIES_MONTHS } from './insight-limits';
import { monthsOf, wholeMonths } from './insight-period';
import { dimensionSize, planInsight, TIME_DIMENSIONS, type InsightPlan, type InsightRequest } from './insight-plan';
import type { InsightRow } from './insight-row.type';
import { groupsInScope } from './insight-scope';
import type { InsightSeries, InsightSeriesLine } from './insight-series.type';
import { familyStatements } from './insight-rollup-sql';
import { coverageStatement, timeBuckets, totalInSameScan } from './insight-sql';
import type { InsightTable } from './insight-table.type';

export interface InsightOptions {
  /** The coverage window (ANALYTICS_CONTACT_WINDOW_MONTHS): a district is covered at a day when contacted within it. */
  windowMonths: number;
  /** Whole months of the request measures that add up from the monthly figures (ANALYTICS_ROLLUPS; on unless false). */
  rollups?: boolean;
  /** The registry's re-verification period (REGISTRY_REVERIFY_AFTER_MONTHS): a verification older than it reads EXPIRED. */
  reverifyAfterMonths?: number;
  now?: () => Date;
}

type Figures = Map<InsightMeasure, number | null>;
interface Group {
  codes: string[];
  figures: Figures;
}

/** Measures that are not counts: where there are no facts they are unknown (null), not zero. */
const UNKNOWN_WHEN_EMPTY: readonly InsightMeasure[] = [
  ...INSIGHT_SHARE_MEASURES,
  InsightMeasure.FIRST_RESPONSE_HOURS_MEDIAN,
  InsightMeasure.FIRST_RESPONSE_HOURS_P90,
  InsightMeasure.RESOLUTION_HOURS_MEDIAN,
  InsightMeasure.RESOLUTION_HOURS_P90,
  InsightMeasure.RATING_AVERAGE,
];

const emptyValue = (measure: InsightMeasure) => (UNKNOWN_WHEN_EMPTY.includes(measure) ? null : 0);
const toNumber = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/**
 * The analytics API over the read model: a validated plan becomes one SQL statement per family
 * of facts (organizations, contacts, requests, trainings, bookings; coverage against the
 * reference districts), merged into rows keyed by the grouping dimensions.
 */
export class InsightService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly options: InsightOptions,
  ) {}

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  async table(request: InsightRequest, identity: Identity | null): Promise<InsightTable> {
    const plan = planInsight(request, readableInsightRegions(identity, request.filter.regions), this.now());
    return this.run(plan);
  }

  /** One region grouped by DISTRICT (then by `groupBy[0]`, if given). */
  async drillDown(region: string, request: InsightRequest, identity: Identity | null): Promise<InsightTable> {
    if (!findRegion(region)) throw invalidInsight('region', 'UNKNOWN_REGION', `${region} is not a region's KATO code`);
    if (request.groupBy[0] === InsightDimension.DISTRICT) throw invalidInsight('thenBy', 'DUPLICATE', 'the drill-down groups by DISTRICT already');
    const regions = readableInsightRegions(identity, [region]);
    const plan = planInsight({ ...request, groupBy: [InsightDimension.DISTRICT, ...request.groupBy], filter: { ...request.filter, regions } }, regions, this.now());
    return this.run(plan);
  }

  async series(request: Omit<InsightRequest, 'groupBy'> & { splitBy: InsightDimension | null }, identity: Identity | null): Promise<InsightSeries> {
    const { splitBy } = request;
    if (splitBy && TIME_DIMENSIONS.includes(splitBy)) throw invalidInsight('splitBy', 'TIME_DIMENSION', 'a series is monthly already: split it by a dimension other than time');
    const regions = readableInsightRegions(identity, request.filter.regions);
    const groupBy = splitBy ? [InsightDimension.MONTH, splitBy] : [InsightDimension.MONTH];
    const plan = planInsight({ measures: request.measures, groupBy, filter: request.filter }, regions, this.now(), { groupField: 'splitBy', maxRows: Infinity });
    plan.period = wholeMonths(plan.period);
    const months = monthsOf(plan.period);
    if (months.length > MAX_SERIES_MONTHS) throw invalidInsight('filter.period', 'TOO_LONG', `a series covers at most ${MAX_SERIES_MONTHS} months, this one ${months.length}`);
    if (splitBy && dimensionSize(splitBy, plan) > MAX_SERIES_LINES) {
      throw invalidInsight('splitBy', 'TOO_MANY_LINES', `split by ${splitBy} would give more than ${MAX_SERIES_LINES} lines: filter the regions first`);
    }
    const { groups } = await this.groups(plan);
    const byLine = new Map<string, Map<string, Figures>>();
    if (splitBy === InsightDimension.REGION) for (const code of plan.regions) byLine.set(code, new Map());
    for (const group of groups) {
      const line = splitBy ? group.codes[1] : 'ALL';
      if (!byLine.has(line)) byLine.set(line, new Map());
      byLine.get(line)?.set(group.codes[0], group.figures);
    }
    const lineCodes = [...byLine.keys()].sort((a, b) => (splitBy ? compare(keyOrder(splitBy, a), keyOrder(splitBy, b)) : 0));
    const lines: InsightSeriesLine[] = lineCodes.map((code) => ({
      key: splitBy ? { dimension: splitBy, code, label: keyLabel(splitBy, code) } : null,
      regionCode: this.regionOf(plan, splitBy ? [splitBy] : [], splitBy ? [code] : []),
      points: months.map((month) => ({ month, values: this.values(plan, byLine.get(code)?.get(month)) })),
    }));
    return { measures: plan.measures, period: plan.period, months, lines };
  }

  private async run(plan: InsightPlan): Promise<InsightTable> {
    const { groups, total } = await this.groups(plan, true);
    // Grouped by place, every region (district) in scope is a row: zeros where nothing was counted.
    const present = new Set(groups.map((group) => group.codes.join('\u0000')));
    for (const codes of groupsInScope(plan) ?? []) {
      if (!present.has(codes.join('\u0000'))) groups.push({ codes, figures: new Map() });
    }
    groups.sort((a, b) => {
      for (let i = 0; i < plan.groupBy.length; i++) {
        const order = compare(keyOrder(plan.groupBy[i], a.codes[i]), keyOrder(plan.groupBy[i], b.codes[i]));
        if (order) return order;
      }
      return 0;
    });
    if (groups.length > MAX_INSIGHT_ROWS) throw new Error(`insights: ${groups.length} rows passed the check of ${MAX_INSIGHT_ROWS}`);
    const row = (group: Group | undefined, codes: string[]): InsightRow => ({
      keys: codes.map((code, i) => ({ dimension: plan.groupBy[i], code, label: keyLabel(plan.groupBy[i], code) })),
      values: this.values(plan, group?.figures),
      regionCode: this.regionOf(plan, plan.groupBy, codes),
    });
    return {
      measures: plan.measures,
      groupBy: plan.groupBy,
      period: plan.period,
      rows: groups.map((group) => row(group, group.codes)),
      total: { ...row(total, []), regionCode: this.regionOf(plan, [], []) },
    };
  }

  /** The region a row's figures belong to: its REGION key, its DISTRICT key's region, or the only region counted. */
  private regionOf(plan: InsightPlan, dimensions: InsightDimension[], codes: string[]): string | null {
    const region = dimensions.indexOf(InsightDimension.REGION);
    if (region >= 0) return codes[region];
    const district = dimensions.indexOf(InsightDimension.DISTRICT);
    if (district >= 0 && codes[district] !== 'NONE') return regionOfDistrict(codes[district]);
    return plan.regions.length === 1 ? plan.regions[0] : null;
  }

  private values(plan: InsightPlan, figures: Figures | undefined) {
    return plan.measures.map((measure) => ({ measure, value: figures?.has(measure) ? (figures.get(measure) ?? null) : emptyValue(measure) }));
  }

  /**
   * Every family's statement, run side by side, merged by group key; with `withTotal`, the total
   * too: from the same scan where it can (GROUPING SETS), else from a statement of its own.
   */
  private async groups(plan: InsightPlan, withTotal = false): Promise<{ groups: Group[]; total: Group | undefined }> {
    const merged = new Map<string, Group>();
    const total: Group = { codes: [], figures: new Map() };
    const put = (codes: string[], measure: InsightMeasure, value: number | null) => {
      const key = codes.join('\u0000');
      let group = merged.get(key);
      if (!group) merged.set(key, (group = { codes, figures: new Map() }));
      group.figures.set(measure, value);
    };
    const putTotal = (_codes: string[], measure: InsightMeasure, value: number | null) => total.figures.set(measure, value);
    const ungrouped = { ...plan, groupBy: [] };
    const run = async (family: Exclude<InsightFamily, InsightFamily.COVERAGE>, target: InsightPlan, sameScan: boolean) => {
      const statements = familyStatements(family, target, {
        withTotal: sameScan,
        rollups: this.options.rollups !== false,
        reverifyAfterMonths: this.options.reverifyAfterMonths,
      });
      await Promise.all(
        statements.map(async (statement) => {
          const rows: Record<string, unknown>[] = await this.dataSource.query(statement.sql, statement.params);
          for (const row of rows) {
            const into = target.groupBy.length && !row.isTotal ? put : putTotal;
            const codes = target.groupBy.map((_, i) => String(row[`k${i}`]));
            for (const measure of statement.measures) into(codes, measure, toNumber(row[measure]));
          }
        }),
      );
    };
    await Promise.all(
      plan.families.flatMap((family) => {
        if (family === InsightFamily.COVERAGE) {
          return [this.coverage(plan, plan.groupBy.length ? put : putTotal), ...(withTotal && plan.groupBy.length ? [this.coverage(ungrouped, putTotal)] : [])];
        }
        const sameScan = withTotal && totalInSameScan(family, plan);
        return [run(family, plan, sameScan), ...(withTotal && !sameScan && plan.groupBy.length ? [run(family, ungrouped, false)] : [])];
      }),
    );
    return { groups: plan.groupBy.length ? [...merged.values()] : [], total: withTotal || !plan.groupBy.length ? total : undefined };
  }

  /** Districts of the reference data in scope, each counted as covered or not at the end of each bucket. */
  private async coverage(plan: InsightPlan, put: (codes: string[], measure: InsightMeasure, value: number | null) => void): Promise<void> {
    const statement = coverageStatement(plan, this.options.windowMonths);
    const covered: { bucket: string; regionCode: string; districtCode: string }[] = await this.dataSource.query(statement.sql, statement.params);
    const coveredKeys = new Set(covered.map((row) => `${row.bucket}\u0000${row.districtCode}`));
    const wanted = plan.districts ? new Set(plan.districts) : null;
    const counts = new Map<string, { codes: string[]; districts: number; covered: number }>();
    for (const bucket of timeBuckets(plan)) {
      for (const regionCode of plan.regions) {
        for (const district of findRegion(regionCode)?.districts ?? []) {
          if (wanted && !wanted.has(district.code)) continue;
          const codes = plan.groupBy.map((dimension) =>
            dimension === InsightDimension.REGION ? regionCode : dimension === InsightDimension.DISTRICT ? district.code : bucket.key,
          );
          const key = codes.join('\u0000');
          const count = counts.get(key) ?? { codes, districts: 0, covered: 0 };
          count.districts += 1;
          if (coveredKeys.has(`${bucket.key}\u0000${district.code}`)) count.covered += 1;
          counts.set(key, count);
        }
      }
    }
    for (const { codes, districts, covered: coveredCount } of counts.values()) {
      const figures: Record<string, number | null> = {
        DISTRICTS: districts,
        COVERED_DISTRICTS: coveredCount,
        COVERAGE_SHARE: districts ? coveredCount / districts : null,
      };
      for (const measure of statement.measures) put(codes, measure, figures[measure]);
    }
  }
}

function compare(a: number | string, b: number | string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
