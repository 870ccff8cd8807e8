import { AccessRestriction, PERSONAL_DATA_HIDDEN_DESCRIPTION, PersonalData } from '@birge/server-kit';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "The requester's rating of the help received, given once after the request was resolved." })
export class AssistanceRating {
  @Field(() => Int, { description: '1 (poor) to 5 (excellent).' })
  score: number;

  @PersonalData()
  @Field(() => String, {
    nullable: true,
    description: "Personal data (free text). The requester's comment. Null when none was written or when withheld (see personalDataHidden).",
  })
  comment: string | null;

  @Field({ description: 'When the rating was given.' })
  ratedAt: Date;

  @Field(() => AccessRestriction, { nullable: true, description: PERSONAL_DATA_HIDDEN_DESCRIPTION })
  personalDataHidden?: AccessRestriction | null;

  /** The request's region, which decides who sees the comment. */
  regionCode: string | null;
}
