import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "The requester's rating of the help received, given once after the request was resolved." })
export class AssistanceRating {
  @Field(() => Int, { description: '1 (poor) to 5 (excellent).' })
  score: number;

  @Field(() => String, { nullable: true, description: "The requester's comment." })
  comment: string | null;

  @Field({ description: 'When the rating was given.' })
  ratedAt: Date;
}
