import { ASSUMED_ATTACHED_ITEMS, ASSUMED_HISTORY_LENGTH, ListSize } from '@birge/server-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AssistanceContext } from '../../assistance.context';
import { AssistanceAttachment } from '../attachment/attachment.type';
import { StateBodyReferral } from '../referral/state-body-referral.type';
import { TimelineEntry } from '../timeline/timeline-entry.type';
import { AssistanceRequest } from './assistance-request.type';

/**
 * The parts of a request kept in their own tables, each batched per request. They are reached only
 * through a request the caller was allowed to read, and carry its region for the kit's personal-data guard.
 */
@Resolver(() => AssistanceRequest)
export class AssistanceRequestDetailsResolver {
  @ListSize(ASSUMED_HISTORY_LENGTH)
  @FieldResolver(() => [TimelineEntry], { description: 'Comments, status changes, assignments, referrals and ratings, oldest first.' })
  async timeline(@Root() request: AssistanceRequest, @Ctx() ctx: AssistanceContext): Promise<TimelineEntry[]> {
    return (await ctx.services.timeline.loader(ctx.loaders).load(request.id)).map((entry) => ({ ...entry, regionCode: request.regionCode }));
  }

  @ListSize(ASSUMED_ATTACHED_ITEMS)
  @FieldResolver(() => [StateBodyReferral], { description: 'Referrals to state bodies, oldest first, with their answers.' })
  async referrals(@Root() request: AssistanceRequest, @Ctx() ctx: AssistanceContext): Promise<StateBodyReferral[]> {
    return (await ctx.services.referrals.loader(ctx.loaders).load(request.id)).map((referral) => ({ ...referral, regionCode: request.regionCode }));
  }

  @ListSize(ASSUMED_ATTACHED_ITEMS)
  @FieldResolver(() => [AssistanceAttachment], { description: 'Files attached to the request, oldest first.' })
  async attachments(@Root() request: AssistanceRequest, @Ctx() ctx: AssistanceContext): Promise<AssistanceAttachment[]> {
    return (await ctx.services.attachments.loader(ctx.loaders).load(request.id)).map((attachment) => ({ ...attachment, regionCode: request.regionCode }));
  }
}
