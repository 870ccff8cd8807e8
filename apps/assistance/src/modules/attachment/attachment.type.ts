import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A file attached to an assistance request.' })
export class AssistanceAttachment {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The file name as it was sent.' })
  fileName: string;

  @Field({ description: 'The checked MIME type, e.g. application/pdf.' })
  mimeType: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  sizeBytes: number;

  @Field({ description: 'SHA-256 of the content, hex.' })
  sha256: string;

  @Field({ description: 'Who attached it (a user id).' })
  createdBy: string;

  @Field({ description: 'When it was attached.' })
  createdAt: Date;

  storageKey: string;
  requestId: string;
}
