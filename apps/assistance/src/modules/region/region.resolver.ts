import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AssistanceContext } from '../../assistance.context';
import { RegionAssistanceSummary } from './region-assistance-summary.type';
import { Region } from './region.type';

@Resolver(() => Region)
export class RegionAssistanceResolver {
  @FieldResolver(() => RegionAssistanceSummary, {
    nullable: true,
    description: "The front office's requests at a glance (open, overdue, resolved, ...). Null when the assistance service is unavailable.",
  })
  assistanceSummary(@Root() region: Region, @Ctx() ctx: AssistanceContext): Promise<RegionAssistanceSummary> {
    return ctx.services.regionSummary.loader(ctx.loaders).load(region.code);
  }
}
