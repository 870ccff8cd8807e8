import { single, type PrefillSourceDefinition } from '../prefill-source';

export const bookings: PrefillSourceDefinition = {
  key: 'BOOKINGS',
  label: { kk: 'Үй-жай мен жабдық брондары', ru: 'Бронирования помещений и оборудования', en: 'Premises and equipment bookings' },
  description: {
    kk: 'Кезеңде басталатын, күші жойылмаған брондар.',
    ru: 'Неотменённые бронирования, начинающиеся в периоде.',
    en: 'Bookings starting in the period that were not cancelled.',
  },
  compute: (db, w) =>
    single(db, `SELECT count(*)::int AS n FROM analytics.booking_fact WHERE region_code = $1 AND status = 'CONFIRMED' AND starts_at >= $2 AND starts_at < $3`, [
      w.regionCode,
      w.startsAt,
      w.endsBefore,
    ]),
};
