import { AssistanceSubtype, DEFAULT_SERVICE_LEVEL_DAYS, MAX_SERVICE_LEVEL_DAYS, type Identity } from '@birge/shared-reference';
import type { DataSource, EntityManager } from 'typeorm';
import { invalidField } from '../common/coded-errors';
import { assertCanRead, assertCanWrite } from '../access/assistance-access';
import { assertRegion } from '../common/region-code';

export interface ServiceLevel {
  regionCode: string;
  subtype: AssistanceSubtype;
  days: number;
  /** False when the region uses the national default. */
  regionSpecific: boolean;
}

/**
 * Service levels: days from submission to the due date, per sub-type; each front office may
 * override the national defaults (DEFAULT_SERVICE_LEVEL_DAYS). A change applies to requests
 * whose region becomes known after it; due dates already set stay as they are.
 */
export class ServiceLevelService {
  constructor(private readonly dataSource: DataSource) {}

  async daysFor(manager: EntityManager, regionCode: string, subtype: string): Promise<number> {
    const rows: { days: number }[] = await manager.query(`SELECT days FROM assistance.service_level WHERE region_code = $1 AND subtype = $2`, [regionCode, subtype]);
    return rows[0]?.days ?? DEFAULT_SERVICE_LEVEL_DAYS[subtype as AssistanceSubtype];
  }

  async ofRegion(regionCode: string, identity: Identity | null): Promise<ServiceLevel[]> {
    assertRegion(regionCode);
    assertCanRead(identity, regionCode, `region ${regionCode}`);
    const rows: { subtype: string; days: number }[] = await this.dataSource.query(`SELECT subtype, days FROM assistance.service_level WHERE region_code = $1`, [regionCode]);
    const own = new Map(rows.map((row) => [row.subtype, row.days]));
    return Object.values(AssistanceSubtype).map((subtype) => ({
      regionCode,
      subtype,
      days: own.get(subtype) ?? DEFAULT_SERVICE_LEVEL_DAYS[subtype],
      regionSpecific: own.has(subtype),
    }));
  }

  /** Sets the region's own level; null days returns the sub-type to the national default. */
  async set(regionCode: string, subtype: AssistanceSubtype, days: number | null, identity: Identity | null): Promise<ServiceLevel> {
    assertRegion(regionCode);
    const actor = assertCanWrite(identity, regionCode, `region ${regionCode}`);
    if (days === null) {
      await this.dataSource.query(`DELETE FROM assistance.service_level WHERE region_code = $1 AND subtype = $2`, [regionCode, subtype]);
      return { regionCode, subtype, days: DEFAULT_SERVICE_LEVEL_DAYS[subtype], regionSpecific: false };
    }
    if (!Number.isInteger(days) || days < 1 || days > MAX_SERVICE_LEVEL_DAYS) {
      throw invalidField('days', 'OUT_OF_RANGE', `must be a whole number of days between 1 and ${MAX_SERVICE_LEVEL_DAYS}`);
    }
    await this.dataSource.query(
      `INSERT INTO assistance.service_level (region_code, subtype, days, updated_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (region_code, subtype) DO UPDATE SET days = EXCLUDED.days, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [regionCode, subtype, days, actor.userId],
    );
    return { regionCode, subtype, days, regionSpecific: true };
  }
}
