import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { AssistanceContext } from '../../assistance.context';
import { SubmitAssistanceRequestInput } from './dto/submit-assistance-request.input';
import { AssistanceRequest } from './assistance-request.type';

@Resolver(() => AssistanceRequest)
export class AssistanceRequestResolver {
  @Query(() => AssistanceRequest, { nullable: true, description: 'One request; null when there is none with this id.' })
  assistanceRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: AssistanceContext): Promise<AssistanceRequest | null> {
    return ctx.services.requests.get(id, ctx.loaders);
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
