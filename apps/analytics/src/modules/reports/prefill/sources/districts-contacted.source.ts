import { single, type PrefillSourceDefinition } from '../prefill-source';

export const districtsContacted: PrefillSourceDefinition = {
  key: 'DISTRICTS_CONTACTED',
  label: { kk: 'Қамтылған аудандар', ru: 'Охваченные районы', en: 'Districts covered' },
  description: {
    kk: 'Кезеңде кемінде бір байланыс болған аудандар мен қалалар саны.',
    ru: 'Число районов и городов, где за период был хотя бы один контакт.',
    en: 'Districts and cities with at least one contact logged in the period.',
  },
  compute: (db, w) =>
    single(
      db,
      `SELECT count(DISTINCT district_code)::int AS n FROM analytics.contact_fact
       WHERE region_code = $1 AND district_code IS NOT NULL AND occurred_on BETWEEN $2::date AND $3::date`,
      [w.regionCode, w.from, w.to],
    ),
};
