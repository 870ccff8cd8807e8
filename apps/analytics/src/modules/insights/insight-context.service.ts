import { groupByKeys, type LoaderRegistry } from '@birge/server-kit';
import { NeedStatus } from '@birge/shared-reference';
import type { DataSource } from 'typeorm';
import { NeedEntity } from '../needs/need.entity';
import { toNeed } from '../needs/need.mapper';
import { CONTEXT_NEEDS, type InsightRegionContext } from './insight-region-context.type';

/** Needs that still ask for work: what a region's figures are read with. */
const OPEN_NEED_STATUSES: readonly string[] = [NeedStatus.OPEN, NeedStatus.ESCALATED, NeedStatus.BEING_ADDRESSED];

/** The narrative of a region's last accepted periodic report (see AcceptedReportNarratives). */
export interface ReportNarrativeSource {
  lastAccepted(regionCodes: readonly string[]): Promise<Map<string, { narrative: string; period: string }>>;
}

/** The context served beside each region's figures, for every region of a response in two statements. */
export class InsightContextService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reports: ReportNarrativeSource,
  ) {}

  ofRegion(regionCode: string, loaders: LoaderRegistry): Promise<InsightRegionContext> {
    return loaders
      .get<string, InsightRegionContext>('insights.regionContext', async (codes) => {
        const [counts, needs, reports] = await Promise.all([
          this.dataSource.query(
            `SELECT region_code AS "regionCode", count(*)::int AS "count" FROM analytics.need
             WHERE region_code = ANY($1::text[]) AND status = ANY($2::text[]) GROUP BY region_code`,
            [[...codes], OPEN_NEED_STATUSES],
          ) as Promise<{ regionCode: string; count: number }[]>,
          this.dataSource
            .getRepository(NeedEntity)
            .createQueryBuilder('n')
            .where('n.region_code = ANY(:codes)', { codes: [...codes] })
            .andWhere('n.status = ANY(:statuses)', { statuses: OPEN_NEED_STATUSES })
            .andWhere(
              `n.id IN (SELECT r.id FROM (SELECT id, row_number() OVER (PARTITION BY region_code ORDER BY created_at DESC, id DESC) AS k
                FROM analytics.need WHERE region_code = ANY(:codes) AND status = ANY(:statuses)) r WHERE r.k <= ${CONTEXT_NEEDS})`,
            )
            .orderBy('n.created_at', 'DESC')
            .addOrderBy('n.id', 'DESC')
            .getMany(),
          this.reports.lastAccepted(codes),
        ]);
        const countByRegion = new Map(counts.map((row) => [row.regionCode, row.count]));
        return groupByKeys(codes, needs, (need) => need.regionCode).map((regionNeeds, i) => {
          const report = reports.get(codes[i]);
          return {
            region: { code: codes[i] },
            regionCode: codes[i],
            openNeedCount: countByRegion.get(codes[i]) ?? 0,
            openNeeds: regionNeeds.map(toNeed),
            lastReportNarrative: report?.narrative ?? null,
            lastReportPeriod: report?.period ?? null,
          };
        });
      })
      .load(regionCode);
  }
}
