import { Paged, type ConnectionShape } from '@birge/server-kit';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { AnalyticsContext } from '../../analytics.context';
import { FeedbackParticipants } from './feedback-access';
import { FeedbackThreadStatus } from './feedback-enums';
import { FeedbackThreadConnection } from './feedback.connection';
import { FeedbackThread } from './feedback-thread.type';
import { FeedbackThreadFilter } from './dto/feedback-thread-filter.input';
import { PostFeedbackInput } from './dto/post-feedback.input';
import { StartFeedbackThreadInput } from './dto/start-feedback-thread.input';

const WHO =
  "Only the thread's region's own front-office staff and republican administrators take part: staff of another region get FORBIDDEN " +
  '(OTHER_REGION), analysts FORBIDDEN (PERSONAL_DATA_HIDDEN_FOR_ROLE: the channel is correspondence, not a record they read), partner keys ' +
  'FORBIDDEN (MISSING_SCOPE: no scope reaches it).';
const CHANGES = `${WHO} A refusal changes nothing; wrong fields come back as BAD_USER_INPUT with extensions.fields.`;
const FILES =
  'A refused file is BAD_USER_INPUT on attachments.<n>.<field> with reason ATTACHMENT_TOO_LARGE, ATTACHMENT_TYPE_NOT_ALLOWED, ' +
  'ATTACHMENT_CONTENT_MISMATCH, ATTACHMENT_EMPTY, INVALID_BASE64 or INVALID_FILE_NAME; a need of another region or none is BAD_USER_INPUT on ' +
  'needIds (NEED_OF_OTHER_REGION, UNKNOWN_NEED).';

@Resolver(() => FeedbackThread)
export class FeedbackResolver {
  @Authorized()
  @UseMiddleware(FeedbackParticipants)
  @Paged()
  @Query(() => FeedbackThreadConnection, {
    description:
      "The continuous feedback channel between regions' front offices and the republican office: threads, the one with the newest message first, " +
      `each with your unread count; filter by region, status, topic. Without a region filter regional staff see their own region's threads. ${WHO}`,
  })
  feedbackThreads(
    @Ctx() ctx: AnalyticsContext,
    @Arg('filter', () => FeedbackThreadFilter, { nullable: true, description: 'Only the threads that match.' }) filter?: FeedbackThreadFilter,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string,
  ): Promise<ConnectionShape<FeedbackThread>> {
    return ctx.services.feedbackReader.list(filter, { first, after }, ctx.identity);
  }

  @Authorized()
  @UseMiddleware(FeedbackParticipants)
  @Query(() => FeedbackThread, {
    nullable: true,
    description: `One feedback thread; null when there is none with this id. Reading it does not mark it read (markFeedbackThreadRead does). ${WHO}`,
  })
  feedbackThread(@Arg('id', () => ID, { description: 'The thread id.' }) id: string, @Ctx() ctx: AnalyticsContext): Promise<FeedbackThread | null> {
    return ctx.services.feedbackReader.get(id, ctx.identity);
  }

  @Authorized()
  @UseMiddleware(FeedbackParticipants)
  @Query(() => Int, { description: `How many of the feedback threads you take part in have messages by others you have not read (for a badge). ${WHO}` })
  unreadFeedbackCount(@Ctx() ctx: AnalyticsContext): Promise<number> {
    return ctx.services.feedbackReader.unreadCount(ctx.identity);
  }

  @Authorized()
  @UseMiddleware(FeedbackParticipants)
  @Mutation(() => FeedbackThread, {
    description:
      'Opens a feedback thread with its first message (files and links to needs optional), OPEN. Regional staff open threads for their own ' +
      `region, republican administrators for any region. Publishes analytics.feedback-posted in the same transaction. ${FILES} ${CHANGES}`,
  })
  startFeedbackThread(
    @Arg('input', () => StartFeedbackThreadInput, { description: 'The thread and its first message.' }) input: StartFeedbackThreadInput,
    @Ctx() ctx: AnalyticsContext,
  ): Promise<FeedbackThread> {
    return ctx.services.feedback.start(input, ctx.identity);
  }

  @Authorized()
  @UseMiddleware(FeedbackParticipants)
  @Mutation(() => FeedbackThread, {
    description:
      'Posts a message (files and more links to needs optional) to an open thread; it is read for its author and unread for everyone else. A ' +
      `closed thread is CONFLICT (FEEDBACK_THREAD_CLOSED): reopen it first. Publishes analytics.feedback-posted in the same transaction. ${FILES} ${CHANGES}`,
  })
  postFeedback(@Arg('input', () => PostFeedbackInput, { description: 'The message.' }) input: PostFeedbackInput, @Ctx() ctx: AnalyticsContext): Promise<FeedbackThread> {
    return ctx.services.feedback.post(input, ctx.identity);
  }

  @Authorized()
  @UseMiddleware(FeedbackParticipants)
  @Mutation(() => FeedbackThread, {
    description: `Closes a thread, keeping who and when; either side may. An already closed thread is CONFLICT (FEEDBACK_THREAD_CLOSED). ${CHANGES}`,
  })
  closeFeedbackThread(@Arg('id', () => ID, { description: 'The thread id.' }) id: string, @Ctx() ctx: AnalyticsContext): Promise<FeedbackThread> {
    return ctx.services.feedback.setStatus(id, FeedbackThreadStatus.CLOSED, ctx.identity);
  }

  @Authorized()
  @UseMiddleware(FeedbackParticipants)
  @Mutation(() => FeedbackThread, { description: `Reopens a closed thread, keeping who and when; either side may. An open thread is CONFLICT (FEEDBACK_THREAD_OPEN). ${CHANGES}` })
  reopenFeedbackThread(@Arg('id', () => ID, { description: 'The thread id.' }) id: string, @Ctx() ctx: AnalyticsContext): Promise<FeedbackThread> {
    return ctx.services.feedback.setStatus(id, FeedbackThreadStatus.OPEN, ctx.identity);
  }

  @Authorized()
  @UseMiddleware(FeedbackParticipants)
  @Mutation(() => FeedbackThread, { description: `Marks every message of a thread as read by you; its unreadCount becomes 0. ${CHANGES}` })
  markFeedbackThreadRead(@Arg('id', () => ID, { description: 'The thread id.' }) id: string, @Ctx() ctx: AnalyticsContext): Promise<FeedbackThread> {
    return ctx.services.feedback.markRead(id, ctx.identity);
  }
}
