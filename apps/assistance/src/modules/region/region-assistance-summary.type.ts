import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "A region's front-office work at a glance: its requests by state and how the help was rated." })
export class RegionAssistanceSummary {
  @Field(() => Int, { description: 'Requests still being worked on (NEW, TRIAGED, IN_PROGRESS, WAITING_ON_STATE_BODY).' })
  openCount: number;

  @Field(() => Int, { description: 'Open requests past their due date.' })
  overdueCount: number;

  @Field(() => Int, { description: 'Resolved requests.' })
  resolvedCount: number;

  @Field(() => Int, { description: 'Declined requests.' })
  declinedCount: number;

  @Field(() => Int, { description: 'Requests the organizations withdrew.' })
  withdrawnCount: number;

  @Field(() => Int, { description: 'All requests of the region.' })
  totalCount: number;

  @Field(() => Float, { nullable: true, description: "The average of the requesters' ratings (1-5); null when none has rated." })
  averageRating: number | null;
}
