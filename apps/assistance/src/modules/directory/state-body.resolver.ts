import { Paged } from '@birge/server-kit';
import { kazakhstanDay } from '@birge/shared-reference';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { AssistanceContext } from '../../assistance.context';
import { StateBodyReferral } from '../referral/state-body-referral.type';
import { StateBody, StateBodyReferralConnection, StateBodyReferralSummary } from './state-body.type';

@Resolver(() => StateBody)
export class StateBodyHistoryResolver {
  @Paged()
  @FieldResolver(() => StateBodyReferralConnection, {
    description:
      "Referrals of requests to this body, newest first, with the answers: regional staff see their own region's requests, analysts and partners " +
      "every region's without the notes and answers (personal data). Referrals written as free text before the directory are not linked.",
  })
  referrals(
    @Root() body: StateBody,
    @Ctx() ctx: AssistanceContext,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string,
  ): Promise<StateBodyReferralConnection> {
    return ctx.services.stateBodyHistory.referrals(body.id, ctx.identity, first, after);
  }

  @FieldResolver(() => StateBodyReferralSummary, { description: 'Referrals made, answered and waiting, and how long the body takes to answer (every region counted).' })
  referralSummary(@Root() body: StateBody, @Ctx() ctx: AssistanceContext): Promise<StateBodyReferralSummary> {
    return ctx.services.stateBodyHistory.summaryLoader(ctx.loaders, kazakhstanDay(ctx.services.clock.now())).load(body.id);
  }
}

@Resolver(() => StateBodyReferral)
export class StateBodyReferralEntryResolver {
  @FieldResolver(() => StateBody, { nullable: true, description: 'The directory entry it was referred to; null for a body written as free text.' })
  stateBodyEntry(@Root() referral: StateBodyReferral): StateBody | null {
    return referral.stateBodyId ? { id: referral.stateBodyId } : null;
  }
}
