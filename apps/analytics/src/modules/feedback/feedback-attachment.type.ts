import { AccessRestriction, PERSONAL_DATA_HIDDEN_DESCRIPTION, PersonalData } from '@birge/server-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A file sent with a feedback message.' })
export class FeedbackAttachment {
  @Field(() => ID, { description: 'Stable id of the attachment.' })
  id: string;

  @PersonalData()
  @Field(() => String, { nullable: true, description: 'Personal data (file names often name people). The file name as it was sent. Null when withheld from you: see personalDataHidden.' })
  fileName: string | null;

  @Field({ description: 'The checked MIME type, e.g. application/pdf.' })
  mimeType: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  sizeBytes: number;

  @Field({ description: 'SHA-256 of the content, hex.' })
  sha256: string;

  @Field({ description: 'When it was sent.' })
  createdAt: Date;

  @Field(() => AccessRestriction, { nullable: true, description: PERSONAL_DATA_HIDDEN_DESCRIPTION })
  personalDataHidden?: AccessRestriction | null;

  /** The content is a field resolver (FeedbackDetailsResolver); marked here, with the record's other personal data. */
  @PersonalData()
  contentBase64?: string | null;

  storageKey: string;
  messageId: string;
  /** The thread's region, which decides who sees the file. */
  regionCode: string;
}
