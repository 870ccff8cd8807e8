import {
  AssistanceOutcomeResult,
  AssistanceRequestStatus,
  AssistanceSubtype,
  AssistanceType,
  BookableResourceKind,
  Direction,
  INSIGHT_FAMILY_DIMENSIONS,
  INSIGHT_MEASURE_FAMILY,
  LegalForm,
  OrganizationKind,
  VerificationStatus,
  VolunteerCategory,
  VolunteeringMode,
} from '@birge/shared-reference';
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

/**
 * Every dimension a figure can be broken down or filtered by, besides place and time, in the
 * API's order: the organization's, then the request's, then the booked resource's.
 */
export const FIGURE_DIMENSIONS: readonly FigureDimension[] = [
  { dimension: 'ORGANIZATION_KIND', field: 'organizationKinds', values: Object.values(OrganizationKind), prefix: 'organizationKind.' },
  { dimension: 'LEGAL_FORM', field: 'legalForms', values: Object.values(LegalForm), prefix: 'legalForm.' },
  { dimension: 'VERIFICATION_STATUS', field: 'verificationStatuses', values: Object.values(VerificationStatus), prefix: 'verificationStatus.' },
  { dimension: 'DIRECTION', field: 'directions', values: Object.values(Direction), prefix: 'direction.' },
  { dimension: 'CATEGORY', field: 'categories', values: Object.values(VolunteerCategory), prefix: 'category.' },
  { dimension: 'MODE', field: 'modes', values: Object.values(VolunteeringMode), prefix: 'mode.' },
  { dimension: 'REQUEST_TYPE', field: 'requestTypes', values: Object.values(AssistanceType), prefix: 'assistanceType.' },
  { dimension: 'REQUEST_SUBTYPE', field: 'requestSubtypes', values: Object.values(AssistanceSubtype), prefix: 'assistanceSubtype.' },
  { dimension: 'REQUEST_STATUS', field: 'requestStatuses', values: Object.values(AssistanceRequestStatus), prefix: 'status.' },
  { dimension: 'REQUEST_OUTCOME', field: 'requestOutcomes', values: Object.values(AssistanceOutcomeResult), prefix: 'outcome.' },
  { dimension: 'RESOURCE_KIND', field: 'resourceKinds', values: Object.values(BookableResourceKind), prefix: 'resourceKind.' },
];

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
