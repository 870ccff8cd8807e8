import { AccessRestriction, ConnectionType } from '@birge/server-kit';
import { Field, ObjectType } from 'type-graphql';
import { WITHHELD_LIST_DESCRIPTION } from '../access/assistance-access';
import { Booking } from './booking.type';

@ObjectType('BookingConnection', { description: 'A page of bookings of front-office rooms and equipment.' })
export class BookingConnection extends ConnectionType(Booking, 'Booking') {
  @Field(() => AccessRestriction, { nullable: true, description: WITHHELD_LIST_DESCRIPTION })
  withheld?: AccessRestriction | null;
}
