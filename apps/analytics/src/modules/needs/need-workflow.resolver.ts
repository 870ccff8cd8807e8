import { Arg, Authorized, Ctx, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import type { AnalyticsContext } from '../../analytics.context';
import { NeedWriters } from './need-access';
import { Need } from './need.type';
import { ChangeNeedStatusInput } from './dto/change-need-status.input';
import { CommentOnNeedInput } from './dto/comment-on-need.input';

const WHO =
  "Staff of the entry's region and republican administrators (anywhere) may; staff of another region get FORBIDDEN (OTHER_REGION), analysts " +
  'READ_ONLY_ROLE, partner keys MISSING_SCOPE, and nothing changes.';

@Resolver(() => Need)
export class NeedWorkflowResolver {
  @Authorized()
  @UseMiddleware(NeedWriters)
  @Mutation(() => Need, {
    description:
      'Moves an entry along OPEN -> ESCALATED (to the republican office) -> BEING_ADDRESSED -> RESOLVED, or to NO_LONGER_RELEVANT, with a comment ' +
      'kept in its status history. A move outside allowedTransitions is BAD_USER_INPUT on `status` (reason INVALID_TRANSITION, from, to, ' +
      'allowedTransitions); a stale version is CONFLICT (STALE_VERSION). Escalating publishes analytics.need-escalated in the same transaction. ' +
      WHO,
  })
  changeNeedStatus(@Arg('input', () => ChangeNeedStatusInput, { description: 'The move.' }) input: ChangeNeedStatusInput, @Ctx() ctx: AnalyticsContext): Promise<Need> {
    return ctx.services.needWorkflow.changeStatus(input, ctx.identity);
  }

  @Authorized()
  @UseMiddleware(NeedWriters)
  @Mutation(() => Need, { description: `Adds a message to an entry's comment thread, also once it is closed. ${WHO}` })
  commentOnNeed(@Arg('input', () => CommentOnNeedInput, { description: 'The message.' }) input: CommentOnNeedInput, @Ctx() ctx: AnalyticsContext): Promise<Need> {
    return ctx.services.needWorkflow.comment(input, ctx.identity);
  }
}
