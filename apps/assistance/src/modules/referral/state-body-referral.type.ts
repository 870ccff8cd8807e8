import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A referral of a request to a state body (an akimat, a ministry, ...) and that body\'s answer.' })
export class StateBodyReferral {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Which state body the request was referred to.' })
  stateBody: string;

  @Field({ description: 'The day (YYYY-MM-DD) it was referred.' })
  referredOn: string;

  @Field(() => String, { nullable: true, description: 'What was asked of the body.' })
  note: string | null;

  @Field(() => String, { nullable: true, description: "The body's answer; null while it has not answered." })
  answer: string | null;

  @Field(() => String, { nullable: true, description: 'The day (YYYY-MM-DD) the answer came.' })
  answeredOn: string | null;

  @Field({ description: 'Who referred it (a user id).' })
  createdBy: string;

  @Field({ description: 'When the referral was recorded.' })
  createdAt: Date;
}
