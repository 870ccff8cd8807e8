import { FEEDBACK_LIMITS } from '@birge/shared-reference';
import { ArrayMaxSize, ArrayUnique, IsNotEmpty, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { FeedbackTopic } from '../feedback-enums';
import { FeedbackAttachmentInput } from './feedback-attachment.input';

@InputType({ description: 'A new feedback thread with its first message.' })
export class StartFeedbackThreadInput {
  @Field(() => ID, { description: "The region (KATO code). Regional staff open threads for their own region; republican administrators for any." })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(20, { message: 'must be at most 20 characters' })
  regionCode: string;

  @Field(() => FeedbackTopic, { description: 'What the thread is about.' })
  topic: FeedbackTopic;

  @Field({ description: `The subject line (1 to ${FEEDBACK_LIMITS.subjectMaxLength} characters).` })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(FEEDBACK_LIMITS.subjectMaxLength, { message: `must be at most ${FEEDBACK_LIMITS.subjectMaxLength} characters` })
  subject: string;

  @Field({ description: `The first message (1 to ${FEEDBACK_LIMITS.messageMaxLength} characters).` })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(FEEDBACK_LIMITS.messageMaxLength, { message: `must be at most ${FEEDBACK_LIMITS.messageMaxLength} characters` })
  text: string;

  @Field(() => [ID], { nullable: true, description: `Entries of the region's needs register the thread is about (at most ${FEEDBACK_LIMITS.linksMax}, each once).` })
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

  @Field(() => [FeedbackAttachmentInput], { nullable: true, description: `Files sent with the first message (at most ${FEEDBACK_LIMITS.attachmentsPerMessage}).` })
  @IsOptional()
  @ArrayMaxSize(FEEDBACK_LIMITS.attachmentsPerMessage, { message: `must list at most ${FEEDBACK_LIMITS.attachmentsPerMessage} files` })
  @ValidateNested({ each: true })
  attachments?: FeedbackAttachmentInput[] | null;
}
