import { FEEDBACK_LIMITS } from '@birge/shared-reference';
import { ArrayMaxSize, ArrayUnique, IsNotEmpty, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { FeedbackAttachmentInput } from './feedback-attachment.input';

@InputType({ description: 'A message to an open feedback thread.' })
export class PostFeedbackInput {
  @Field(() => ID, { description: 'The thread.' })
  @IsUUID('all', { message: 'is not a feedback thread id (a UUID)' })
  threadId: string;

  @Field({ description: `The message (1 to ${FEEDBACK_LIMITS.messageMaxLength} characters).` })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(FEEDBACK_LIMITS.messageMaxLength, { message: `must be at most ${FEEDBACK_LIMITS.messageMaxLength} characters` })
  text: string;

  @Field(() => [ID], { nullable: true, description: `More entries of the region's needs register to link the thread to (kept once each; at most ${FEEDBACK_LIMITS.linksMax} per thread).` })
  @IsOptional()
  @ArrayMaxSize(FEEDBACK_LIMITS.linksMax, { message: `must list at most ${FEEDBACK_LIMITS.linksMax} records` })
  @ArrayUnique(undefined, { message: 'must not list a record twice' })
  @IsUUID('all', { each: true, message: 'must list need ids (UUIDs)' })
  needIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: `Periodic reports of the region the thread is about (counted with needIds: at most ${FEEDBACK_LIMITS.linksMax} links per thread).` })
  @IsOptional()
  @ArrayMaxSize(FEEDBACK_LIMITS.linksMax, { message: `must list at most ${FEEDBACK_LIMITS.linksMax} records` })
  @ArrayUnique(undefined, { message: 'must not list a record twice' })
  @IsUUID('all', { each: true, message: 'must list report ids (UUIDs)' })
  reportIds?: string[] | null;

  @Field(() => [FeedbackAttachmentInput], { nullable: true, description: `Files sent with the message (at most ${FEEDBACK_LIMITS.attachmentsPerMessage}).` })
  @IsOptional()
  @ArrayMaxSize(FEEDBACK_LIMITS.attachmentsPerMessage, { message: `must list at most ${FEEDBACK_LIMITS.attachmentsPerMessage} files` })
  @ValidateNested({ each: true })
  attachments?: FeedbackAttachmentInput[] | null;
}
