import { INSIGHT_FAMILY_DIMENSIONS, INSIGHT_FILTER_DIMENSIONS, INSIGHT_MEASURE_FAMILY, type InsightFilterDimensionField } from '@birge/shared-reference';
import type { InsightDimension, InsightFilter, InsightMeasure } from '../../gql/graphql';
import { isMessageKey, type MessageKey } from '../../i18n/i18n';

/** The analytics API's filter fields that are dimensions (the rest are place and period). */
export type DimensionFilterField = Exclude<keyof InsightFilter, 'regions' | 'districts' | 'period'>;

export interface FigureDimension {
  dimension: InsightDimension;
  /** The filter field (and the address parameter) that keeps only some of its values. */
  field: DimensionFilterField;
  /** Its values in the API's declared order (the order rows and bars come in). */
  values: readonly string[];
  /** The translation keys of its values: `${prefix}${value}`. */
  prefix: string;
}

/** Where the catalog keeps the labels of each filter field's values: `${prefix}${value}`. */
const VALUE_LABEL_PREFIX: Record<InsightFilterDimensionField, string> = {
  organizationKinds: 'organizationKind.',
  legalForms: 'legalForm.',
  verificationStatuses: 'verificationStatus.',
  directions: 'direction.',
  categories: 'category.',
  modes: 'mode.',
  requestTypes: 'assistanceType.',
  requestSubtypes: 'assistanceSubtype.',
  requestStatuses: 'status.',
  requestOutcomes: 'outcome.',
  resourceKinds: 'resourceKind.',
};

/**
 * Every dimension a figure can be broken down or filtered by, besides place and time, in the
 * API's order: the organization's, then the request's, then the booked resource's.
 */
export const FIGURE_DIMENSIONS: readonly FigureDimension[] = (Object.keys(INSIGHT_FILTER_DIMENSIONS) as InsightFilterDimensionField[]).map((field) => ({
  dimension: INSIGHT_FILTER_DIMENSIONS[field].dimension as InsightDimension,
  field: field satisfies DimensionFilterField,
  values: INSIGHT_FILTER_DIMENSIONS[field].values,
  prefix: VALUE_LABEL_PREFIX[field],
}));

export const figureDimension = (dimension: string | null): FigureDimension | undefined => FIGURE_DIMENSIONS.find((entry) => entry.dimension === dimension);

/** The dimension a filter field keeps values of. */
export const dimensionOfField = (field: DimensionFilterField): InsightDimension => (FIGURE_DIMENSIONS.find((entry) => entry.field === field) as FigureDimension).dimension;

/** Whether the API can cut `measure` by `dimension` (its family's dimensions; see docs/analytics.md). */
export function cuts(dimension: InsightDimension, measure: InsightMeasure): boolean {
  return INSIGHT_FAMILY_DIMENSIONS[INSIGHT_MEASURE_FAMILY[measure]].includes(dimension as never);
}

/** The dimensions that cut `measure`; none for a figure that is not the API's (open needs). */
export const dimensionsOf = (measure: InsightMeasure | null): FigureDimension[] => (measure ? FIGURE_DIMENSIONS.filter((entry) => cuts(entry.dimension, measure)) : []);

/** The translation key naming a dimension. */
export const dimensionLabelKey = (dimension: InsightDimension): MessageKey => `analytics.dimension.${dimension}` as MessageKey;

/** The translation key of one value of a dimension; NONE (records without one) has its own. */
export function valueLabelKey(dimension: InsightDimension, code: string): MessageKey | null {
  if (code === 'NONE') return 'analytics.value.NONE' as MessageKey;
  const key = `${figureDimension(dimension)?.prefix ?? ''}${code}`;
  return isMessageKey(key) ? key : null;
}
