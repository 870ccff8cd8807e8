import { ASSUMED_HISTORY_LENGTH, ListSize } from '@birge/server-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AnalyticsContext } from '../../analytics.context';
import { NeedComment } from './need-comment.type';
import { NeedStatusChange } from './need-status-change.type';
import { Need } from './need.type';

@Resolver(() => Need)
export class NeedDetailsResolver {
  @ListSize(ASSUMED_HISTORY_LENGTH)
  @FieldResolver(() => [NeedStatusChange], { description: 'Every status the entry has had, oldest first, starting with its recording.' })
  statusHistory(@Root() need: Need, @Ctx() ctx: AnalyticsContext): Promise<NeedStatusChange[]> {
    return ctx.services.needThreads.historyOf(ctx.loaders, need);
  }

  @ListSize(ASSUMED_HISTORY_LENGTH)
  @FieldResolver(() => [NeedComment], { description: "The entry's comment thread, oldest first." })
  comments(@Root() need: Need, @Ctx() ctx: AnalyticsContext): Promise<NeedComment[]> {
    return ctx.services.needThreads.commentsOf(ctx.loaders, need);
  }
}
