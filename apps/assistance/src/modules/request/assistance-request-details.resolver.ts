import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AssistanceContext } from '../../assistance.context';
import { AssistanceAttachment } from '../attachment/attachment.type';
import { StateBodyReferral } from '../referral/state-body-referral.type';
import { TimelineEntry } from '../timeline/timeline-entry.type';
import { AssistanceRequest } from './assistance-request.type';

/** The parts of a request kept in their own tables, each batched per request. */
@Resolver(() => AssistanceRequest)
export class AssistanceRequestDetailsResolver {
  @FieldResolver(() => [TimelineEntry], { description: 'Comments, status changes, assignments, referrals and ratings, oldest first.' })
  timeline(@Root() request: AssistanceRequest, @Ctx() ctx: AssistanceContext): Promise<TimelineEntry[]> {
    return ctx.services.timeline.loader(ctx.loaders).load(request.id);
  }

  @FieldResolver(() => [StateBodyReferral], { description: 'Referrals to state bodies, oldest first, with their answers.' })
  referrals(@Root() request: AssistanceRequest, @Ctx() ctx: AssistanceContext): Promise<StateBodyReferral[]> {
    return ctx.services.referrals.loader(ctx.loaders).load(request.id);
  }

  @FieldResolver(() => [AssistanceAttachment], { description: 'Files attached to the request, oldest first.' })
  attachments(@Root() request: AssistanceRequest, @Ctx() ctx: AssistanceContext): Promise<AssistanceAttachment[]> {
    return ctx.services.attachments.loader(ctx.loaders).load(request.id);
  }
}
