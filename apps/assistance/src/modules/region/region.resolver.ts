import { AccessRestriction } from '@birge/server-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AssistanceContext } from '../../assistance.context';
import { readWithheld } from '../access/assistance-access';
import { RegionAssistanceSummary } from './region-assistance-summary.type';
import { Region } from './region.type';

/**
 * Assistance's fields on the registry's Region. A region's page is public registry data, so these
 * never fail it: a caller who may not read the region's assistance figures gets null and the
 * reason beside it (assistanceSummaryWithheld).
 */
@Resolver(() => Region)
export class RegionAssistanceResolver {
  @FieldResolver(() => RegionAssistanceSummary, {
    nullable: true,
    description:
      "The front office's requests at a glance (open, overdue, resolved, ...). Null when you may not read the region's assistance figures " +
      '(see assistanceSummaryWithheld) or when the assistance service is unavailable.',
  })
  async assistanceSummary(@Root() region: Region, @Ctx() ctx: AssistanceContext): Promise<RegionAssistanceSummary | null> {
    if (readWithheld(ctx.identity, region.code)) return null;
    return ctx.services.regionSummary.loader(ctx.loaders).load(region.code);
  }

  @FieldResolver(() => AccessRestriction, {
    nullable: true,
    description: 'Why assistanceSummary is null for you: OTHER_REGION for staff of another region, SIGN_IN_REQUIRED without signing in. Null when you may read it.',
  })
  assistanceSummaryWithheld(@Root() region: Region, @Ctx() ctx: AssistanceContext): AccessRestriction | null {
    return readWithheld(ctx.identity, region.code);
  }
}
