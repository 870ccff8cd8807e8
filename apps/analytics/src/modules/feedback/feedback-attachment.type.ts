import { AccessRestriction, AttachedFile, PERSONAL_DATA_HIDDEN_DESCRIPTION } from '@birge/server-kit';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A file sent with a feedback message.' })
export class FeedbackAttachment extends AttachedFile {
  @Field({ description: 'When it was sent.' })
  createdAt: Date;

  @Field(() => AccessRestriction, { nullable: true, description: PERSONAL_DATA_HIDDEN_DESCRIPTION })
  personalDataHidden?: AccessRestriction | null;

  messageId: string;
  /** The thread's region, which decides who sees the file. */
  regionCode: string;
}
