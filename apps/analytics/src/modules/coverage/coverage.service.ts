import { groupByKeys, type LoaderRegistry } from '@birge/server-kit';
import type { DataSource } from 'typeorm';
import type { Region } from '../region/region.type';
import { DistrictCoverageStatus } from './district-coverage-status.enum';
import type { RegionCoverage } from './region-coverage.type';

interface DistrictFigures {
  regionCode: string;
  districtCode: string;
  organizationCount: number;
  contactCount: number;
  lastContactOn: string | null;
}

export interface CoverageOptions {
  /** ESTABLISHED while the last contact is at most this many months old (ANALYTICS_CONTACT_WINDOW_MONTHS). */
  windowMonths: number;
  now?: () => Date;
}

/** The first day still inside the window, YYYY-MM-DD (calendar months back from today, UTC). */
export function windowStart(now: Date, months: number): string {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, now.getUTCDate()));
  return start.toISOString().slice(0, 10);
}

/** Coverage of regions' districts, computed from contact facts (and organization facts for the counts). */
export class CoverageService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly options: CoverageOptions = { windowMonths: 12 },
  ) {}

  /** Organization and contact figures per district, for every region asked in this request, in one statement. */
  districtFiguresLoader(loaders: LoaderRegistry) {
    return loaders.get<string, Map<string, DistrictFigures>>('coverage.districtFiguresByRegion', async (regionCodes) => {
      const rows: DistrictFigures[] = await this.dataSource.query(
        `SELECT region_code AS "regionCode", district_code AS "districtCode",
                sum(organizations)::int AS "organizationCount", sum(contacts)::int AS "contactCount",
                max(last_contact_on)::text AS "lastContactOn"
         FROM (
           SELECT region_code, district_code, count(*) AS organizations, 0 AS contacts, NULL::date AS last_contact_on
           FROM analytics.organization_fact
           WHERE region_code = ANY($1::text[]) AND district_code IS NOT NULL AND merged_into IS NULL GROUP BY region_code, district_code
           UNION ALL
           SELECT region_code, district_code, 0, count(*), max(occurred_on)
           FROM analytics.contact_fact
           WHERE region_code = ANY($1::text[]) AND district_code IS NOT NULL GROUP BY region_code, district_code
         ) figures
         GROUP BY region_code, district_code`,
        [[...regionCodes]],
      );
      return groupByKeys(regionCodes, rows, (row) => row.regionCode).map((figures) => new Map(figures.map((row) => [row.districtCode, row])));
    });
  }

  /** Null when the region came without its districts: without them coverage cannot be told. */
  async ofRegion(region: Region, loaders: LoaderRegistry): Promise<RegionCoverage | null> {
    if (!region.districts) return null;
    const figures = await this.districtFiguresLoader(loaders).load(region.code);
    const since = windowStart(this.options.now?.() ?? new Date(), this.options.windowMonths);
    const districts = region.districts.map((district) => {
      const f = figures.get(district.code);
      const last = f?.lastContactOn ?? null;
      const status = !last ? DistrictCoverageStatus.NEVER : last >= since ? DistrictCoverageStatus.ESTABLISHED : DistrictCoverageStatus.STALE;
      return {
        district: { code: district.code },
        organizationCount: f?.organizationCount ?? 0,
        contactCount: f?.contactCount ?? 0,
        status,
        covered: status === DistrictCoverageStatus.ESTABLISHED,
        lastContactAt: last ? new Date(`${last}T00:00:00Z`) : null,
      };
    });
    const count = (status: DistrictCoverageStatus) => districts.filter((d) => d.status === status).length;
    return {
      districtCount: districts.length,
      coveredDistrictCount: count(DistrictCoverageStatus.ESTABLISHED),
      staleDistrictCount: count(DistrictCoverageStatus.STALE),
      neverContactedDistrictCount: count(DistrictCoverageStatus.NEVER),
      windowMonths: this.options.windowMonths,
      districts,
    };
  }
}
