import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Organization } from '../organization/organization.type';
import { BookingStatus } from './premises-enums';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A room or a piece of equipment booked for an organization over a time range.' })
export class Booking {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Start of the booked time (inclusive).' })
  startsAt: Date;

  @Field({ description: 'End of the booked time (exclusive: a booking may start when another ends).' })
  endsAt: Date;

  @Field(() => BookingStatus)
  status: BookingStatus;

  @Field(() => String, { nullable: true, description: 'What the organization uses it for.' })
  purpose: string | null;

  @Field(() => Organization, { nullable: true, description: 'Who it is booked for. Null only when the registry cannot be reached.' })
  organization: Organization;

  @Field(() => ID, { nullable: true, description: 'The assistance request it answers, when there is one.' })
  assistanceRequestId: string | null;

  @Field({ description: 'Who booked it (a user id).' })
  createdBy: string;

  @Field({ description: 'When it was booked.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was cancelled.' })
  cancelledAt: Date | null;

  @Field(() => Int, { description: 'Increases on every change; pass it back when cancelling.' })
  version: number;

  resourceId: string;
  regionCode: string;
}
