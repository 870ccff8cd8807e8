import { registerGraphqlEnum } from '@birge/server-kit';
import { BookableResourceKind, BookingStatus } from '@birge/shared-reference';

registerGraphqlEnum(BookingStatus, 'BookingStatus', 'CONFIRMED holds the slot; CANCELLED has freed it.');

export { BookableResourceKind, BookingStatus };
