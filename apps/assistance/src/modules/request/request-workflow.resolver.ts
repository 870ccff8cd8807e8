import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AssistanceContext } from '../../assistance.context';
import { Access } from '../access/access-checker';
import {
  AssignAssistanceRequestInput,
  ChangeAssistanceRequestStatusInput,
  CommentOnAssistanceRequestInput,
  RateAssistanceRequestInput,
  RecordStateBodyAnswerInput,
} from './dto/request-workflow.inputs';
import { AssistanceRequest } from './assistance-request.type';

const LOCKING = 'A stale version is refused with CONFLICT (extensions.reason STALE_VERSION, currentVersion) and changes nothing.';
/** Every change of a request is decided by its stored region. */
const WHO =
  "Staff of the request's region, republican administrators and partner keys with assistance:write may; others get FORBIDDEN " +
  '(extensions.reason OTHER_REGION, READ_ONLY_ROLE or MISSING_SCOPE) and nothing changes.';

@Resolver(() => AssistanceRequest)
export class RequestWorkflowResolver {
  @Authorized(Access.WRITE)
  @Mutation(() => AssistanceRequest, {
    description:
      'Moves a request along its workflow. A move outside allowedTransitions is BAD_USER_INPUT with extensions.reason ' +
      `INVALID_TRANSITION, from, to and allowedTransitions. RESOLVED needs an outcome, WAITING_ON_STATE_BODY a referral, DECLINED a comment. ${LOCKING} ${WHO}`,
  })
  changeAssistanceRequestStatus(
    @Arg('input', () => ChangeAssistanceRequestStatusInput, { description: 'What changes.' }) input: ChangeAssistanceRequestStatusInput,
    @Ctx() ctx: AssistanceContext,
  ): Promise<AssistanceRequest> {
    return ctx.services.workflow.changeStatus(input, ctx.identity);
  }

  @Authorized(Access.WRITE)
  @Mutation(() => AssistanceRequest, { description: `Assigns a request to a staff member of its region, or unassigns it. ${LOCKING} ${WHO}` })
  assignAssistanceRequest(
    @Arg('input', () => AssignAssistanceRequestInput, { description: 'What changes.' }) input: AssignAssistanceRequestInput,
    @Ctx() ctx: AssistanceContext,
  ): Promise<AssistanceRequest> {
    return ctx.services.workflow.assign(input, ctx.identity);
  }

  @Authorized(Access.WRITE)
  @Mutation(() => AssistanceRequest, { description: `Adds a comment to a request's timeline. ${WHO}` })
  commentOnAssistanceRequest(
    @Arg('input', () => CommentOnAssistanceRequestInput, { description: 'What changes.' }) input: CommentOnAssistanceRequestInput,
    @Ctx() ctx: AssistanceContext,
  ): Promise<AssistanceRequest> {
    return ctx.services.workflow.comment(input, ctx.identity);
  }

  @Authorized(Access.WRITE)
  @Mutation(() => AssistanceRequest, { description: `Records a state body's answer to one of the request's referrals (once). ${LOCKING} ${WHO}` })
  recordStateBodyAnswer(
    @Arg('input', () => RecordStateBodyAnswerInput, { description: 'What changes.' }) input: RecordStateBodyAnswerInput,
    @Ctx() ctx: AssistanceContext,
  ): Promise<AssistanceRequest> {
    return ctx.services.workflow.recordStateBodyAnswer(input, ctx.identity);
  }

  @Authorized(Access.WRITE)
  @Mutation(() => AssistanceRequest, {
    description: `The requester rates the help, 1 to 5 with a comment: only a RESOLVED request (else CONFLICT, reason NOT_RESOLVED) and only once (ALREADY_RATED). ${LOCKING} ${WHO}`,
  })
  rateAssistanceRequest(
    @Arg('input', () => RateAssistanceRequestInput, { description: 'What changes.' }) input: RateAssistanceRequestInput,
    @Ctx() ctx: AssistanceContext,
  ): Promise<AssistanceRequest> {
    return ctx.services.workflow.rate(input, ctx.identity);
  }
}
