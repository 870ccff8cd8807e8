import { ConnectionType } from '@birge/server-kit';
import { ObjectType } from 'type-graphql';
import { Booking } from './booking.type';

@ObjectType('BookingConnection')
export class BookingConnection extends ConnectionType(Booking, 'Booking') {}
