import type { LocalizedText } from './locale';
import { enumOf, type EnumValue } from './enum-of';

/** What a front office lends: a room, or a piece of equipment. */
export const BookableResourceKind = enumOf(['ROOM', 'EQUIPMENT']);
export type BookableResourceKind = EnumValue<typeof BookableResourceKind>;

export const BOOKABLE_RESOURCE_KIND_LABELS: Record<BookableResourceKind, LocalizedText> = {
  [BookableResourceKind.ROOM]: { kk: 'Бөлме', ru: 'Помещение', en: 'Room' },
  [BookableResourceKind.EQUIPMENT]: { kk: 'Жабдық', ru: 'Оборудование', en: 'Equipment' },
};

export const BookingStatus = enumOf(['CONFIRMED', 'CANCELLED']);
export type BookingStatus = EnumValue<typeof BookingStatus>;
