import { AccessRestriction, PERSONAL_DATA_HIDDEN_DESCRIPTION, PersonalData } from '@birge/server-kit';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: "A message of a feedback thread, from the region's front office or from the republican office." })
export class FeedbackMessage {
  @Field(() => ID, { description: 'Stable id of the message.' })
  id: string;

  @PersonalData()
  @Field(() => String, { nullable: true, description: 'Personal data (free text that may name people). The message; null when withheld from you: see personalDataHidden.' })
  text: string | null;

  @Field(() => AccessRestriction, { nullable: true, description: PERSONAL_DATA_HIDDEN_DESCRIPTION })
  personalDataHidden?: AccessRestriction | null;

  @Field(() => ID, { description: 'Who wrote it (a user id).' })
  authorId: string;

  @Field({ description: 'When it was posted.' })
  createdAt: Date;

  threadId: string;
  /** The thread's region: decides who sees the text. */
  regionCode: string;
}
