import { IdField, RequiredTextField } from '@birge/server-kit';
import { FEEDBACK_LIMITS } from '@birge/shared-reference';
import { InputType } from 'type-graphql';
import type { FeedbackAttachmentInput } from './feedback-attachment.input';
import { LinkedRecordIds, MessageAttachments } from './feedback-message-fields';

@InputType({ description: 'A message to an open feedback thread.' })
export class PostFeedbackInput {
  @IdField('The thread.', 'is not a feedback thread id (a UUID)')
  threadId: string;

  @RequiredTextField(FEEDBACK_LIMITS.messageMaxLength, `The message (1 to ${FEEDBACK_LIMITS.messageMaxLength} characters).`)
  text: string;

  @LinkedRecordIds('need', `More entries of the region's needs register to link the thread to (kept once each; at most ${FEEDBACK_LIMITS.linksMax} per thread).`)
  needIds?: string[] | null;

  @LinkedRecordIds('report', `Periodic reports of the region the thread is about (counted with needIds: at most ${FEEDBACK_LIMITS.linksMax} links per thread).`)
  reportIds?: string[] | null;

  @MessageAttachments(`Files sent with the message (at most ${FEEDBACK_LIMITS.attachmentsPerMessage}).`)
  attachments?: FeedbackAttachmentInput[] | null;
}
