import type { LocalizedText } from './locale';

/** What a front office lends: a room, or a piece of equipment. */
export enum BookableResourceKind {
  ROOM = 'ROOM',
  EQUIPMENT = 'EQUIPMENT',
}

export const BOOKABLE_RESOURCE_KIND_LABELS: Record<BookableResourceKind, LocalizedText> = {
  [BookableResourceKind.ROOM]: { kk: 'Бөлме', ru: 'Помещение', en: 'Room' },
  [BookableResourceKind.EQUIPMENT]: { kk: 'Жабдық', ru: 'Оборудование', en: 'Equipment' },
};

export enum BookingStatus {
  CONFIRMED = 'CONFIRMED',
  CANCELLED = 'CANCELLED',
}
