import type { ConnectionShape } from '@birge/server-kit';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { AssistanceContext } from '../../assistance.context';
import { AssistanceRequestFilter } from './dto/assistance-request-filter.input';
import { SubmitAssistanceRequestInput } from './dto/submit-assistance-request.input';
import { AssistanceRequestConnection } from './assistance-request.connection';
import { AssistanceRequest } from './assistance-request.type';

@Resolver(() => AssistanceRequest)
export class AssistanceRequestResolver {
  @Query(() => AssistanceRequest, { nullable: true, description: 'One request; null when there is none with this id.' })
  assistanceRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: AssistanceContext): Promise<AssistanceRequest | null> {
    return ctx.services.requests.get(id, ctx.loaders);
  }

  @Query(() => AssistanceRequestConnection, {
    description: 'Requests across organizations, newest first, e.g. a front office\'s board: filter by region, status, type, assignee, overdue.',
  })
  assistanceRequests(
    @Ctx() ctx: AssistanceContext,
    @Arg('filter', () => AssistanceRequestFilter, { nullable: true }) filter?: AssistanceRequestFilter,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string,
  ): Promise<ConnectionShape<AssistanceRequest>> {
    return ctx.services.requestList.list(filter, { first, after });
  }

  @Mutation(() => AssistanceRequest, {
    description: 'Submits a request for help; the region staff are notified. Wrong fields come back as BAD_USER_INPUT with extensions.fields.',
  })
  submitAssistanceRequest(
    @Arg('input', () => SubmitAssistanceRequestInput) input: SubmitAssistanceRequestInput,
    @Ctx() ctx: AssistanceContext,
  ): Promise<AssistanceRequest> {
    return ctx.services.requests.submit(input, ctx.identity);
  }
}
