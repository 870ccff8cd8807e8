import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The assistance subgraph's Booking, referenced by its key only. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: 'A room or a piece of equipment booked for an organization over a time range.' })
export class Booking {
  @Field(() => ID)
  id: string;
}
