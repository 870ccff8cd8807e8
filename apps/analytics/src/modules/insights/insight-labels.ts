import {
  ASSISTANCE_OUTCOME_LABELS,
  ASSISTANCE_STATUS_LABELS,
  ASSISTANCE_SUBTYPE_LABELS,
  ASSISTANCE_TYPE_LABELS,
  BOOKABLE_RESOURCE_KIND_LABELS,
  DIRECTION_LABELS,
  InsightDimension,
  LEGAL_FORM_LABELS,
  ORGANIZATION_KIND_LABELS,
  periodLabel,
  REGIONS,
  VERIFICATION_STATUS_LABELS,
  VOLUNTEER_CATEGORY_LABELS,
  VOLUNTEERING_MODE_LABELS,
  type LocalizedText,
} from '@birge/shared-reference';
import { DIMENSION_VALUES, NONE } from './insight-plan';

const NO_DISTRICT: LocalizedText = { kk: 'Ауданы көрсетілмеген', ru: 'Район не указан', en: 'No district given' };
const NOT_GIVEN: LocalizedText = { kk: 'Көрсетілмеген', ru: 'Не указано', en: 'Not given' };

const ENUM_LABELS: Partial<Record<InsightDimension, Record<string, LocalizedText>>> = {
  ORGANIZATION_KIND: ORGANIZATION_KIND_LABELS,
  LEGAL_FORM: LEGAL_FORM_LABELS,
  VERIFICATION_STATUS: VERIFICATION_STATUS_LABELS,
  DIRECTION: DIRECTION_LABELS,
  CATEGORY: VOLUNTEER_CATEGORY_LABELS,
  MODE: VOLUNTEERING_MODE_LABELS,
  REQUEST_TYPE: ASSISTANCE_TYPE_LABELS,
  REQUEST_SUBTYPE: ASSISTANCE_SUBTYPE_LABELS,
  REQUEST_STATUS: ASSISTANCE_STATUS_LABELS,
  REQUEST_OUTCOME: ASSISTANCE_OUTCOME_LABELS,
  RESOURCE_KIND: BOOKABLE_RESOURCE_KIND_LABELS,
};

const regionIndex = new Map(REGIONS.map((region, i) => [region.code, { order: i, name: region.name }]));
const districtIndex = new Map(
  REGIONS.flatMap((region, i) => region.districts.map((district, j) => [district.code, { order: i * 1000 + j, name: district.name, regionCode: region.code }] as const)),
);

/** The region a district belongs to (reference data). */
export function regionOfDistrict(code: string): string | null {
  return districtIndex.get(code)?.regionCode ?? null;
}

/** What to show for a key, in kk/ru/en; the code itself for a code the reference data does not know. */
export function keyLabel(dimension: InsightDimension, code: string): LocalizedText {
  const fallback = { kk: code, ru: code, en: code };
  switch (dimension) {
    case InsightDimension.REGION:
      return regionIndex.get(code)?.name ?? fallback;
    case InsightDimension.DISTRICT:
      return code === NONE ? NO_DISTRICT : (districtIndex.get(code)?.name ?? fallback);
    case InsightDimension.MONTH:
    case InsightDimension.QUARTER:
    case InsightDimension.YEAR:
      return periodLabel(code);
    default:
      return code === NONE ? NOT_GIVEN : (ENUM_LABELS[dimension]?.[code] ?? fallback);
  }
}

/**
 * Where a key sorts among its dimension's: regions and districts in official order, periods in
 * time order, enum values in declared order, NONE last. Never by a figure.
 */
export function keyOrder(dimension: InsightDimension, code: string): number | string {
  if (code === NONE) return Number.MAX_SAFE_INTEGER;
  switch (dimension) {
    case InsightDimension.REGION:
      return regionIndex.get(code)?.order ?? Number.MAX_SAFE_INTEGER - 1;
    case InsightDimension.DISTRICT:
      return districtIndex.get(code)?.order ?? Number.MAX_SAFE_INTEGER - 1;
    case InsightDimension.MONTH:
    case InsightDimension.QUARTER:
    case InsightDimension.YEAR:
      return code;
    default: {
      const index = DIMENSION_VALUES[dimension]?.indexOf(code) ?? -1;
      return index < 0 ? Number.MAX_SAFE_INTEGER - 1 : index;
    }
  }
}
