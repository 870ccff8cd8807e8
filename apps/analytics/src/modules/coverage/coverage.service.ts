import { groupByKeys, type LoaderRegistry } from '@birge/server-kit';
import type { DataSource } from 'typeorm';
import type { Region } from '../region/region.type';
import type { RegionCoverage } from './region-coverage.type';

interface DistrictCount {
  regionCode: string;
  districtCode: string;
  organizationCount: number;
}

/** Coverage of regions' districts, computed from the organization facts. */
export class CoverageService {
  constructor(private readonly dataSource: DataSource) {}

  /** Organization counts per district, for every region asked in this request, in one statement. */
  districtCountsLoader(loaders: LoaderRegistry) {
    return loaders.get<string, Map<string, number>>('coverage.districtCountsByRegion', async (regionCodes) => {
      const rows: DistrictCount[] = await this.dataSource.query(
        `SELECT region_code AS "regionCode", district_code AS "districtCode", count(*)::int AS "organizationCount"
         FROM analytics.organization_fact
         WHERE region_code = ANY($1::text[]) AND district_code IS NOT NULL
         GROUP BY region_code, district_code`,
        [[...regionCodes]],
      );
      return groupByKeys(regionCodes, rows, (row) => row.regionCode).map(
        (counts) => new Map(counts.map((row) => [row.districtCode, row.organizationCount])),
      );
    });
  }

  /** Null when the region came without its districts: without them coverage cannot be told. */
  async ofRegion(region: Region, loaders: LoaderRegistry): Promise<RegionCoverage | null> {
    if (!region.districts) return null;
    const counts = await this.districtCountsLoader(loaders).load(region.code);
    const districts = region.districts.map((district) => {
      const organizationCount = counts.get(district.code) ?? 0;
      return { district: { code: district.code }, organizationCount, covered: organizationCount > 0 };
    });
    return {
      districtCount: districts.length,
      coveredDistrictCount: districts.filter((district) => district.covered).length,
      districts,
    };
  }
}
