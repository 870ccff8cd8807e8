import { byKeys, type LoaderRegistry } from '@birge/server-kit';
import { OPEN_ASSISTANCE_STATUSES } from '@birge/shared-reference';
import type { DataSource } from 'typeorm';
import type { Clock } from '../common/clock';
import type { RegionAssistanceSummary } from './region-assistance-summary.type';

/** Per-region counts, one statement for every region asked for in a request. */
export class RegionSummaryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  loader(loaders: LoaderRegistry) {
    return loaders.get<string, RegionAssistanceSummary>('region.summary', async (codes) => {
      const rows: (RegionAssistanceSummary & { regionCode: string })[] = await this.dataSource.query(
        `SELECT region_code AS "regionCode",
                count(*) FILTER (WHERE status = ANY($2::text[]))::int AS "openCount",
                count(*) FILTER (WHERE status = ANY($2::text[]) AND due_at < $3)::int AS "overdueCount",
                count(*) FILTER (WHERE status = 'RESOLVED')::int AS "resolvedCount",
                count(*) FILTER (WHERE status = 'DECLINED')::int AS "declinedCount",
                count(*) FILTER (WHERE status = 'WITHDRAWN')::int AS "withdrawnCount",
                count(*)::int AS "totalCount",
                round(avg(rating), 2)::float AS "averageRating"
         FROM assistance.assistance_request WHERE region_code = ANY($1::text[]) GROUP BY region_code`,
        [codes, OPEN_ASSISTANCE_STATUSES, this.clock.now()],
      );
      const empty = { openCount: 0, overdueCount: 0, resolvedCount: 0, declinedCount: 0, withdrawnCount: 0, totalCount: 0, averageRating: null };
      return byKeys(codes, rows, (row) => row.regionCode).map((row) => row ?? empty);
    });
  }
}
