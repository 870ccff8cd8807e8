import type { LocalizedText } from './locale';
import adminData from './data/kz-admin.json';

export type RegionKind = 'oblast' | 'city';
export type DistrictKind = 'district' | 'city' | 'city_district';

export interface DistrictReference {
  /** Official KATO code. */
  code: string;
  kind: DistrictKind;
  name: LocalizedText;
}

export interface RegionReference {
  /** Official KATO code. */
  code: string;
  kind: RegionKind;
  /** ISO 3166-2 code, e.g. KZ-75. */
  iso: string;
  name: LocalizedText;
  districts: DistrictReference[];
}

/**
 * The 17 oblasts and 3 cities of republican significance with their districts, cities of
 * regional significance and city districts (KATO classifier, edition of 17 July 2026).
 * Reference data to seed from; the registry's tables are the live, editable copy.
 */
export const REGIONS: readonly RegionReference[] = adminData as RegionReference[];

export const REGION_CODES: readonly string[] = REGIONS.map((region) => region.code);

/**
 * The most districts one region may have at once (today's largest has 20); the registry refuses a
 * new district beyond it, so lists of a region's districts have a known bound.
 */
export const MAX_DISTRICTS_PER_REGION = 40;

const regionByCode = new Map(REGIONS.map((region) => [region.code, region]));

export function findRegion(code: string): RegionReference | undefined {
  return regionByCode.get(code);
}
