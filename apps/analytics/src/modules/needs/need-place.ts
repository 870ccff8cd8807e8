import { findRegion, isUuid, REGIONS } from '@birge/shared-reference';
import { invalidField } from './need-errors';

/** BAD_USER_INPUT (UNKNOWN_REGION) on `field` unless the code is a region's KATO code. */
export function assertRegion(regionCode: string, field: string): void {
  if (!findRegion(regionCode)) throw invalidField(field, 'UNKNOWN_REGION', `is not a region code (got "${regionCode}")`);
}

/**
 * BAD_USER_INPUT on `field` unless the district is one of the region's districts, cities or city
 * districts in the KATO reference data: UNKNOWN_DISTRICT when no region has it,
 * DISTRICT_NOT_IN_REGION when another region does.
 */
export function assertDistrictOf(regionCode: string, districtCode: string, field: string): void {
  const region = findRegion(regionCode);
  if (region?.districts.some((district) => district.code === districtCode)) return;
  const elsewhere = findRegionOfDistrict(districtCode);
  if (elsewhere) {
    throw invalidField(field, 'DISTRICT_NOT_IN_REGION', `district ${districtCode} belongs to region ${elsewhere}, not to ${regionCode}`, { regionCode: elsewhere });
  }
  throw invalidField(field, 'UNKNOWN_DISTRICT', `is not a district code (got "${districtCode}")`);
}

/** The region whose districts include the code; twenty regions of a few dozen districts each are scanned. */
function findRegionOfDistrict(districtCode: string): string | null {
  return REGIONS.find((region) => region.districts.some((district) => district.code === districtCode))?.code ?? null;
}

/** BAD_USER_INPUT (INVALID_ID) on `field` unless the value is a record id (a UUID). */
export function assertId(value: string, field: string): void {
  if (!isUuid(value)) throw invalidField(field, 'INVALID_ID', `is not a need id (a UUID)`);
}
