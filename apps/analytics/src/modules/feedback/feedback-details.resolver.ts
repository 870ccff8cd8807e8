import { ASSUMED_ATTACHED_ITEMS, ListSize, Paged, type ConnectionShape } from '@birge/server-kit';
import { FEEDBACK_LIMITS } from '@birge/shared-reference';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { AnalyticsContext } from '../../analytics.context';
import { Need } from '../needs/need.type';
import { Report } from '../reports/report.type';
import { FeedbackLinkKind } from './feedback-enums';
import { FeedbackAttachment } from './feedback-attachment.type';
import { FeedbackLink } from './feedback-link.type';
import { FeedbackMessage } from './feedback-message.type';
import { FeedbackMessageConnection } from './feedback.connection';
import { FeedbackThread } from './feedback-thread.type';

@Resolver(() => FeedbackThread)
export class FeedbackThreadDetailsResolver {
  @Paged()
  @FieldResolver(() => FeedbackMessageConnection, { description: "The thread's messages, the oldest first." })
  messages(
    @Root() thread: FeedbackThread,
    @Ctx() ctx: AnalyticsContext,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string,
  ): Promise<ConnectionShape<FeedbackMessage>> {
    return ctx.services.feedbackReader.messages(thread, { first, after });
  }

  @ListSize(FEEDBACK_LIMITS.linksMax)
  @FieldResolver(() => [FeedbackLink], { description: 'The records of the region the thread points to, in the order they were linked.' })
  links(@Root() thread: FeedbackThread, @Ctx() ctx: AnalyticsContext): Promise<FeedbackLink[]> {
    return ctx.services.feedbackReader.linksOf(ctx.loaders, thread);
  }
}

@Resolver(() => FeedbackMessage)
export class FeedbackMessageDetailsResolver {
  @ListSize(ASSUMED_ATTACHED_ITEMS)
  @FieldResolver(() => [FeedbackAttachment], { description: 'The files sent with the message.' })
  attachments(@Root() message: FeedbackMessage, @Ctx() ctx: AnalyticsContext): Promise<FeedbackAttachment[]> {
    return ctx.services.feedbackReader.attachmentsOf(ctx.loaders, message);
  }
}

@Resolver(() => FeedbackAttachment)
export class FeedbackAttachmentResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Personal data (letters and scans carry people's names and signatures). The file content, base64; ask for it only when downloading. " +
      'Null when withheld from you (see personalDataHidden): the file is then not even read.',
  })
  contentBase64(@Root() attachment: FeedbackAttachment, @Ctx() ctx: AnalyticsContext): Promise<string> {
    return ctx.services.feedbackReader.contentBase64(attachment);
  }
}

@Resolver(() => FeedbackLink)
export class FeedbackLinkResolver {
  @FieldResolver(() => Need, { nullable: true, description: 'The linked entry of the needs register when kind is NEED; null for other kinds or when it is gone.' })
  need(@Root() link: FeedbackLink, @Ctx() ctx: AnalyticsContext): Promise<Need | null> {
    return ctx.services.feedbackReader.needOf(ctx.loaders, link);
  }

  @FieldResolver(() => Report, { nullable: true, description: 'The linked periodic report when kind is REPORT; null for other kinds.' })
  report(@Root() link: FeedbackLink, @Ctx() ctx: AnalyticsContext): Promise<Report | null> {
    // Links are checked to be of the thread's region when made: whoever sees the thread may see the report.
    return link.kind === FeedbackLinkKind.REPORT ? ctx.services.reportList.byIdLoader(ctx.loaders).load(link.targetId) : Promise.resolve(null);
  }
}
