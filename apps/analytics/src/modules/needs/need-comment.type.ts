import { AccessRestriction, PERSONAL_DATA_HIDDEN_DESCRIPTION, PersonalData } from '@birge/server-kit';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: "A message of a need's comment thread, between the region's front office and the republican office." })
export class NeedComment {
  @Field(() => ID, { description: 'Stable id of the comment.' })
  id: string;

  @PersonalData()
  @Field(() => String, { nullable: true, description: 'Personal data (free text that may name people). The message; null when withheld from you: see personalDataHidden.' })
  text: string | null;

  @Field(() => AccessRestriction, { nullable: true, description: PERSONAL_DATA_HIDDEN_DESCRIPTION })
  personalDataHidden?: AccessRestriction | null;

  @Field(() => ID, { description: 'Who wrote it (a user id).' })
  authorId: string;

  @Field({ description: 'When it was written.' })
  createdAt: Date;

  /** The need's region: decides who sees the text. */
  regionCode: string;
}
