import { BookableResourceKind, BookingStatus } from '@birge/shared-reference';
import { registerEnumType } from 'type-graphql';

registerEnumType(BookingStatus, {
  name: 'BookingStatus',
  description: 'CONFIRMED holds the slot; CANCELLED has freed it.',
});

export { BookableResourceKind, BookingStatus };
