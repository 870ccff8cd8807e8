import { REGION_CODES } from '@birge/shared-reference';
import type { DataSource } from 'typeorm';
import type { NationalOverview } from './national-overview.type';
import { OPEN_STATUSES_SQL } from './open-statuses.sql';

interface RegionFigures {
  regionCode: string;
  organizationCount: number;
  openRequestCount: number;
}

/** Cross-region figures for the republican front office. */
export class OverviewService {
  constructor(private readonly dataSource: DataSource) {}

  /** Both figures for every region in one statement; regions without facts get zeros. */
  async national(): Promise<NationalOverview> {
    const rows: RegionFigures[] = await this.dataSource.query(
      `SELECT region_code AS "regionCode",
              sum(organizations)::int AS "organizationCount",
              sum(open_requests)::int AS "openRequestCount"
       FROM (
         SELECT region_code, count(*) AS organizations, 0 AS open_requests
         FROM analytics.organization_fact WHERE merged_into IS NULL GROUP BY region_code
         UNION ALL
         SELECT region_code, 0, count(*)
         FROM analytics.request_fact WHERE status IN (${OPEN_STATUSES_SQL}) GROUP BY region_code
       ) figures
       GROUP BY region_code`,
    );
    const byRegion = new Map(rows.map((row) => [row.regionCode, row]));
    return {
      organizationCount: rows.reduce((sum, row) => sum + row.organizationCount, 0),
      openRequestCount: rows.reduce((sum, row) => sum + row.openRequestCount, 0),
      regions: REGION_CODES.map((code) => ({
        region: { code },
        organizationCount: byRegion.get(code)?.organizationCount ?? 0,
        openRequestCount: byRegion.get(code)?.openRequestCount ?? 0,
      })),
    };
  }
}
