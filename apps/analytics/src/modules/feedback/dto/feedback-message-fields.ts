import { allOf } from '@birge/server-kit';
import { FEEDBACK_LIMITS } from '@birge/shared-reference';
import { ArrayMaxSize, ArrayUnique, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { Field, ID } from 'type-graphql';
import { FeedbackAttachmentInput } from './feedback-attachment.input';

/** The fields a feedback message shares with the first message of a thread, with their checks. */

/** Ids of the region's needs or reports a thread is linked to: at most FEEDBACK_LIMITS.linksMax, each once. */
export function LinkedRecordIds(record: 'need' | 'report', description: string): PropertyDecorator {
  return allOf(
    Field(() => [ID], { nullable: true, description }),
    IsOptional(),
    ArrayMaxSize(FEEDBACK_LIMITS.linksMax, { message: `must list at most ${FEEDBACK_LIMITS.linksMax} records` }),
    ArrayUnique(undefined, { message: 'must not list a record twice' }),
    IsUUID('all', { each: true, message: `must list ${record} ids (UUIDs)` }),
  );
}

/** The files sent with a message: at most FEEDBACK_LIMITS.attachmentsPerMessage, each checked. */
export function MessageAttachments(description: string): PropertyDecorator {
  return allOf(
    Field(() => [FeedbackAttachmentInput], { nullable: true, description }),
    IsOptional(),
    ArrayMaxSize(FEEDBACK_LIMITS.attachmentsPerMessage, { message: `must list at most ${FEEDBACK_LIMITS.attachmentsPerMessage} files` }),
    ValidateNested({ each: true }),
  );
}
