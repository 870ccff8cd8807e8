import { AccessRestriction, PERSONAL_DATA_HIDDEN_DESCRIPTION, PersonalData } from '@birge/server-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Organization } from '../organization/organization.type';
import { BookingStatus } from './premises-enums';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A room or a piece of equipment booked for an organization over a time range.' })
export class Booking {
  @Field(() => ID, { description: 'Stable id of the booking.' })
  id: string;

  @Field({ description: 'Start of the booked time (inclusive).' })
  startsAt: Date;

  @Field({ description: 'End of the booked time (exclusive: a booking may start when another ends).' })
  endsAt: Date;

  @Field(() => BookingStatus, { description: 'CONFIRMED (holds the slot) or CANCELLED.' })
  status: BookingStatus;

  @PersonalData()
  @Field(() => String, {
    nullable: true,
    description: 'Personal data (free text). What the organization uses it for. Null when none was given or when withheld (see personalDataHidden).',
  })
  purpose: string | null;

  @Field(() => AccessRestriction, { nullable: true, description: PERSONAL_DATA_HIDDEN_DESCRIPTION })
  personalDataHidden?: AccessRestriction | null;

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
