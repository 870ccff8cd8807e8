import { Paged } from '@birge/server-kit';
import type { ConnectionShape } from '@birge/server-kit';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { AssistanceContext } from '../../assistance.context';
import { Access } from '../access/access-checker';
import { AssistanceRequestFilter } from './dto/assistance-request-filter.input';
import { SubmitAssistanceRequestInput } from './dto/submit-assistance-request.input';
import { AssistanceRequestConnection } from './assistance-request.connection';
import { AssistanceRequest } from './assistance-request.type';

@Resolver(() => AssistanceRequest)
export class AssistanceRequestResolver {
  @Authorized(Access.READ)
  @Query(() => AssistanceRequest, {
    nullable: true,
    description: "One request; null when there is none with this id. Another region's request is FORBIDDEN (extensions.reason OTHER_REGION) for regional staff.",
  })
  assistanceRequest(@Arg('id', () => ID, { description: 'The request id.' }) id: string, @Ctx() ctx: AssistanceContext): Promise<AssistanceRequest | null> {
    return ctx.services.requests.get(id, ctx.loaders, ctx.identity);
  }

  @Authorized(Access.READ)
  @Paged()
  @Query(() => AssistanceRequestConnection, {
    description:
      "Requests across organizations, newest first, e.g. a front office's board: filter by region, status, type, assignee, overdue. " +
      "Regional staff see their own region's requests only: without a region filter the list is narrowed to it, a filter on another region is FORBIDDEN (OTHER_REGION).",
  })
  assistanceRequests(
    @Ctx() ctx: AssistanceContext,
    @Arg('filter', () => AssistanceRequestFilter, { nullable: true, description: 'Only the requests that match.' }) filter?: AssistanceRequestFilter,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string,
  ): Promise<ConnectionShape<AssistanceRequest>> {
    return ctx.services.requestList.list(filter, { first, after }, ctx.identity);
  }

  @Authorized(Access.WRITE)
  @Mutation(() => AssistanceRequest, {
    description:
      'Submits a request for help on behalf of an organization; the region staff are notified. Wrong fields come back as BAD_USER_INPUT with ' +
      "extensions.fields. The organization's region decides who may: its staff, republican administrators, partner keys with assistance:write " +
      '(else FORBIDDEN with reason OTHER_REGION or READ_ONLY_ROLE).',
  })
  submitAssistanceRequest(
    @Arg('input', () => SubmitAssistanceRequestInput, { description: 'The request.' }) input: SubmitAssistanceRequestInput,
    @Ctx() ctx: AssistanceContext,
  ): Promise<AssistanceRequest> {
    return ctx.services.requests.submit(input, ctx.identity);
  }
}
