import { TimestampColumn } from '@birge/server-kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A booking of a room or a piece of equipment, from assistance.booking-confirmed / -cancelled. */
@Entity({ name: 'booking_fact' })
export class BookingFactEntity {
  @PrimaryColumn({ name: 'booking_id', type: 'uuid' })
  bookingId: string;

  @Column({ name: 'resource_id', type: 'uuid' })
  resourceId: string;

  /** ROOM or EQUIPMENT. */
  @Column({ name: 'resource_kind', type: 'text' })
  resourceKind: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @TimestampColumn('starts_at')
  startsAt: Date;

  @TimestampColumn('ends_at')
  endsAt: Date;

  /** CONFIRMED or CANCELLED; a cancellation is final (a booking is never confirmed again). */
  @Column({ type: 'text' })
  status: string;
}
