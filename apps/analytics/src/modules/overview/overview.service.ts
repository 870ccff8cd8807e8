import { REGION_CODES } from '@birge/shared-reference';
import type { DataSource } from 'typeorm';
import type { NationalOverview } from './national-overview.type';

interface RegionFigures {
  regionCode: string;
  organizationCount: number;
  openRequestCount: number;
}

/** Cross-region figures for the republican front office. */
export class OverviewService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Both figures for every region from region_figures: a row per region, kept equal to the facts
   * by the facts' own triggers (migration RegionFigures), so the overview costs the same at any scale.
   */
  async national(): Promise<NationalOverview> {
    const rows: RegionFigures[] = await this.dataSource.query(
      `SELECT region_code AS "regionCode", organization_count AS "organizationCount", open_request_count AS "openRequestCount"
       FROM analytics.region_figures`,
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
