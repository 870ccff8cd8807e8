import { RequiredTextField } from '@birge/server-kit';
import { FEEDBACK_LIMITS } from '@birge/shared-reference';
import { IsNotEmpty, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { FeedbackTopic } from '../feedback-enums';
import type { FeedbackAttachmentInput } from './feedback-attachment.input';
import { LinkedRecordIds, MessageAttachments } from './feedback-message-fields';

@InputType({ description: 'A new feedback thread with its first message.' })
export class StartFeedbackThreadInput {
  @Field(() => ID, { description: 'The region (KATO code). Regional staff open threads for their own region; republican administrators for any.' })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(20, { message: 'must be at most 20 characters' })
  regionCode: string;

  @Field(() => FeedbackTopic, { description: 'What the thread is about.' })
  topic: FeedbackTopic;

  @RequiredTextField(FEEDBACK_LIMITS.subjectMaxLength, `The subject line (1 to ${FEEDBACK_LIMITS.subjectMaxLength} characters).`)
  subject: string;

  @RequiredTextField(FEEDBACK_LIMITS.messageMaxLength, `The first message (1 to ${FEEDBACK_LIMITS.messageMaxLength} characters).`)
  text: string;

  @LinkedRecordIds('need', `Entries of the region's needs register the thread is about (at most ${FEEDBACK_LIMITS.linksMax}, each once).`)
  needIds?: string[] | null;

  @LinkedRecordIds('report', `Periodic reports of the region the thread is about (counted with needIds: at most ${FEEDBACK_LIMITS.linksMax} links per thread).`)
  reportIds?: string[] | null;

  @MessageAttachments(`Files sent with the first message (at most ${FEEDBACK_LIMITS.attachmentsPerMessage}).`)
  attachments?: FeedbackAttachmentInput[] | null;
}
