import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AssistanceContext } from '../../assistance.context';
import {
  AssignAssistanceRequestInput,
  ChangeAssistanceRequestStatusInput,
  CommentOnAssistanceRequestInput,
  RateAssistanceRequestInput,
  RecordStateBodyAnswerInput,
} from './dto/request-workflow.inputs';
import { AssistanceRequest } from './assistance-request.type';

const LOCKING = 'A stale version is refused with CONFLICT (extensions.reason STALE_VERSION, currentVersion) and changes nothing.';

@Resolver(() => AssistanceRequest)
export class RequestWorkflowResolver {
  @Mutation(() => AssistanceRequest, {
    description:
      'Moves a request along its workflow. A move outside allowedTransitions is BAD_USER_INPUT with extensions.reason ' +
      `INVALID_TRANSITION, from, to and allowedTransitions. RESOLVED needs an outcome, WAITING_ON_STATE_BODY a referral, DECLINED a comment. ${LOCKING}`,
  })
  changeAssistanceRequestStatus(
    @Arg('input', () => ChangeAssistanceRequestStatusInput) input: ChangeAssistanceRequestStatusInput,
    @Ctx() ctx: AssistanceContext,
  ): Promise<AssistanceRequest> {
    return ctx.services.workflow.changeStatus(input, ctx.identity);
  }

  @Mutation(() => AssistanceRequest, { description: `Assigns a request to a staff member of its region, or unassigns it. ${LOCKING}` })
  assignAssistanceRequest(@Arg('input', () => AssignAssistanceRequestInput) input: AssignAssistanceRequestInput, @Ctx() ctx: AssistanceContext): Promise<AssistanceRequest> {
    return ctx.services.workflow.assign(input, ctx.identity);
  }

  @Mutation(() => AssistanceRequest, { description: "Adds a comment to a request's timeline." })
  commentOnAssistanceRequest(
    @Arg('input', () => CommentOnAssistanceRequestInput) input: CommentOnAssistanceRequestInput,
    @Ctx() ctx: AssistanceContext,
  ): Promise<AssistanceRequest> {
    return ctx.services.workflow.comment(input, ctx.identity);
  }

  @Mutation(() => AssistanceRequest, { description: `Records a state body's answer to one of the request's referrals (once). ${LOCKING}` })
  recordStateBodyAnswer(@Arg('input', () => RecordStateBodyAnswerInput) input: RecordStateBodyAnswerInput, @Ctx() ctx: AssistanceContext): Promise<AssistanceRequest> {
    return ctx.services.workflow.recordStateBodyAnswer(input, ctx.identity);
  }

  @Mutation(() => AssistanceRequest, {
    description: `The requester rates the help, 1 to 5 with a comment: only a RESOLVED request (else CONFLICT, reason NOT_RESOLVED) and only once (ALREADY_RATED). ${LOCKING}`,
  })
  rateAssistanceRequest(@Arg('input', () => RateAssistanceRequestInput) input: RateAssistanceRequestInput, @Ctx() ctx: AssistanceContext): Promise<AssistanceRequest> {
    return ctx.services.workflow.rate(input, ctx.identity);
  }
}
