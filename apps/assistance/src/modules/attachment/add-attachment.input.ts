import { IsInt, IsNotEmpty, IsUUID } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A file for a request, sent inline as base64 (the HTTP body is limited to 1 MiB).' })
export class AddAssistanceRequestAttachmentInput {
  @Field(() => ID, { description: 'The request.' })
  @IsUUID('all', { message: 'is not an assistance request id (a UUID)' })
  requestId: string;

  @Field(() => Int, { description: 'The version of the request you last read.' })
  @IsInt({ message: 'must be an integer' })
  version: number;

  @Field({ description: 'The file name, e.g. "permit.pdf".' })
  @IsNotEmpty({ message: 'is required' })
  fileName: string;

  @Field({ description: 'PDF, PNG, JPEG, DOCX, XLSX or plain text; the content must match it.' })
  @IsNotEmpty({ message: 'is required' })
  mimeType: string;

  @Field({ description: 'The file content, base64.' })
  @IsNotEmpty({ message: 'is required' })
  contentBase64: string;
}
