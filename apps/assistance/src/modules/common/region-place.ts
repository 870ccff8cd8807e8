import { Role, type Identity } from '@birge/shared-reference';
import { invalidField } from './coded-errors';
import { parseLocalDate } from './local-date';
import { assertRegion } from './region-code';
import type { SqlParams } from './sql-params';

/**
 * The region and district a new record of a region's office belongs to: regional staff their own
 * region when none is given; the republican office and partners name it (REQUIRED). A district is
 * a KATO code of the region (its first two digits are the region's: DISTRICT_NOT_IN_REGION).
 */
export function placeOf(regionCode: string | null | undefined, districtCode: string | null | undefined, identity: Identity): { regionCode: string; districtCode: string | null } {
  const region = regionCode?.trim() || (identity.role === Role.REGIONAL_STAFF ? identity.regionCode : null);
  if (!region) throw invalidField('regionCode', 'REQUIRED', 'name the region (KATO code) the record belongs to');
  assertRegion(region, 'regionCode');
  return { regionCode: region, districtCode: checkDistrict(districtCode, region) };
}

export function checkDistrict(districtCode: string | null | undefined, regionCode: string, field = 'districtCode'): string | null {
  const district = districtCode?.trim();
  if (!district) return null;
  if (!/^\d{9}$/.test(district)) throw invalidField(field, 'UNKNOWN_DISTRICT', `is not a district KATO code of 9 digits (got "${district}")`);
  if (district === regionCode || district.slice(0, 2) !== regionCode.slice(0, 2)) {
    throw invalidField(field, 'DISTRICT_NOT_IN_REGION', `district ${district} is not in region ${regionCode}`);
  }
  return district;
}

/** The SQL conditions of a period filter on a date column (from and to inclusive, YYYY-MM-DD); PERIOD_REVERSED when to is before from. */
export function periodConditions(column: string, from: string | null | undefined, to: string | null | undefined, params: SqlParams): string[] {
  const conditions: string[] = [];
  if (from) conditions.push(`${column} >= ${params.add(parseLocalDate(from, 'filter.from'))}::date`);
  if (to) conditions.push(`${column} <= ${params.add(parseLocalDate(to, 'filter.to'))}::date`);
  if (from && to && to < from) throw invalidField('filter.to', 'PERIOD_REVERSED', `must not be before filter.from (${from})`);
  return conditions;
}
