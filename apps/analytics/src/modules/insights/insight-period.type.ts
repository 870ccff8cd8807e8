import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A period as the API resolved it: both days included, calendar days in UTC.' })
export class InsightPeriod {
  @Field({ description: 'First day, YYYY-MM-DD.' })
  from: string;

  @Field({ description: 'Last day, YYYY-MM-DD.' })
  to: string;
}
