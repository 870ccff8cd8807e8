import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AnalyticsContext } from '../../analytics.context';
import { InsightRegionContext } from './insight-region-context.type';
import { InsightRow } from './insight-row.type';
import { InsightSeriesLine } from './insight-series.type';

const DESCRIPTION = "When the figures are one region's: its open needs and last report narrative, served beside them by design. Null when they span regions.";

@Resolver(() => InsightRow)
export class InsightRowContextResolver {
  @FieldResolver(() => InsightRegionContext, { nullable: true, description: DESCRIPTION })
  regionContext(@Root() row: InsightRow, @Ctx() ctx: AnalyticsContext): Promise<InsightRegionContext> | null {
    return row.regionCode ? ctx.services.insightContext.ofRegion(row.regionCode, ctx.loaders) : null;
  }
}

@Resolver(() => InsightSeriesLine)
export class InsightLineContextResolver {
  @FieldResolver(() => InsightRegionContext, { nullable: true, description: DESCRIPTION })
  regionContext(@Root() line: InsightSeriesLine, @Ctx() ctx: AnalyticsContext): Promise<InsightRegionContext> | null {
    return line.regionCode ? ctx.services.insightContext.ofRegion(line.regionCode, ctx.loaders) : null;
  }
}
