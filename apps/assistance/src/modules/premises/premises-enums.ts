import { BookableResourceKind, BookingStatus } from '@birge/shared-reference';
import { registerEnumType } from 'type-graphql';

registerEnumType(BookableResourceKind, { name: 'BookableResourceKind', description: 'What a front office lends: a room or a piece of equipment.' });
registerEnumType(BookingStatus, {
  name: 'BookingStatus',
  description: 'CONFIRMED holds the slot; CANCELLED has freed it.',
});

export { BookableResourceKind, BookingStatus };
