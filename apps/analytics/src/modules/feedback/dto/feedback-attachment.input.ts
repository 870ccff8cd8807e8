import { FEEDBACK_LIMITS } from '@birge/shared-reference';
import { IsNotEmpty, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A file sent with a feedback message, inline as base64 (the whole HTTP body is limited to 1 MiB).' })
export class FeedbackAttachmentInput {
  @Field({ description: `The file name, e.g. "letter.pdf" (1 to ${FEEDBACK_LIMITS.fileNameMaxLength} characters, no slashes).` })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(FEEDBACK_LIMITS.fileNameMaxLength, { message: `must be at most ${FEEDBACK_LIMITS.fileNameMaxLength} characters` })
  fileName: string;

  @Field({ description: 'PDF, PNG, JPEG, DOCX, XLSX or plain text; the content must match it.' })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(100, { message: 'must be at most 100 characters' })
  mimeType: string;

  @Field({ description: 'The file content, base64 (at most 1,000,000 characters; the decoded size limit is smaller, see ATTACHMENT_TOO_LARGE).' })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(1_000_000, { message: 'must be at most 1000000 characters' })
  contentBase64: string;
}
