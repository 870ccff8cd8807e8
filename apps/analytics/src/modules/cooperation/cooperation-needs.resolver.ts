import { ListSize, RegionRestricted } from '@birge/server-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AnalyticsContext } from '../../analytics.context';
import { CooperationMatch, CooperationNeedReason, MAX_NEED_REASONS } from './cooperation-match.type';

@Resolver(() => CooperationMatch)
export class CooperationNeedsResolver {
  @RegionRestricted('needsHidden')
  @ListSize(MAX_NEED_REASONS)
  @FieldResolver(() => [CooperationNeedReason], {
    nullable: true,
    description:
      "What the region's needs register says of the pair, theme by theme: a need this organization faces that the other answers (pro bono " +
      'professionals for project and grant skills, corporate volunteers for funding, the media direction for a wary population) or has ' +
      "seen resolved, a need of the other this one answers, a need both face. Not part of the score. Null for those who may not read the region's register, with needsHidden saying why.",
  })
  needReasons(@Root() match: CooperationMatch, @Ctx() ctx: AnalyticsContext): Promise<CooperationNeedReason[]> {
    return ctx.services.cooperationNeeds.reasons(ctx.loaders, match);
  }
}
