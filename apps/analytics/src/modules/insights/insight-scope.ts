import { findRegion, InsightDimension } from '@birge/shared-reference';
import { regionOfDistrict } from './insight-labels';
import { periodKeys } from './insight-period';
import { DIMENSION_VALUES, TIME_DIMENSIONS, type InsightPlan } from './insight-plan';

const PLACE_DIMENSIONS: readonly InsightDimension[] = [InsightDimension.REGION, InsightDimension.DISTRICT];

/** Every value a dimension can take within the plan: regions or districts in scope, the period's keys, an enum's values. */
function valuesInScope(dimension: InsightDimension, plan: Pick<InsightPlan, 'regions' | 'districts' | 'period'>): string[] {
  if (dimension === InsightDimension.REGION) {
    if (!plan.districts) return plan.regions;
    const regions = new Set(plan.districts.map(regionOfDistrict));
    return plan.regions.filter((code) => regions.has(code));
  }
  if (dimension === InsightDimension.DISTRICT) {
    const all = plan.regions.flatMap((code) => findRegion(code)?.districts.map((district) => district.code) ?? []);
    return plan.districts ? all.filter((code) => plan.districts?.includes(code)) : all;
  }
  if (TIME_DIMENSIONS.includes(dimension)) return periodKeys(plan.period, dimension as 'MONTH' | 'QUARTER' | 'YEAR');
  return [...(DIMENSION_VALUES[dimension] ?? [])];
}

/**
 * The groups a table grouped by place must show even where nothing was counted, so that a map or a
 * table of regions always has every region (and a drill-down every district): every region or
 * district in scope, crossed with every value of the other grouping dimension (the period's
 * months, or the enum's values). Null when the grouping has no place dimension: then only the
 * groups with facts are rows. Groups without a value (NONE) appear only when they have facts.
 */
export function groupsInScope(plan: Pick<InsightPlan, 'groupBy' | 'regions' | 'districts' | 'period'>): string[][] | null {
  if (!plan.groupBy.some((dimension) => PLACE_DIMENSIONS.includes(dimension))) return null;
  return plan.groupBy.reduce<string[][]>((groups, dimension) => groups.flatMap((codes) => valuesInScope(dimension, plan).map((code) => [...codes, code])), [[]]);
}
