import { single, type PrefillSourceDefinition } from '../prefill-source';

export const contactsLogged: PrefillSourceDefinition = {
  key: 'CONTACTS_LOGGED',
  label: { kk: 'Тіркелген байланыстар', ru: 'Зарегистрированные контакты', en: 'Contacts logged' },
  description: {
    kk: 'Кезеңде өткен кездесулер, қоңыраулар және сапарлар (байланыс журналы бойынша).',
    ru: 'Встречи, звонки и выезды за период по журналу контактов.',
    en: "Meetings, calls and visits that took place in the period, from the registry's contact log.",
  },
  compute: (db, w) =>
    single(db, `SELECT count(*)::int AS n FROM analytics.contact_fact WHERE region_code = $1 AND occurred_on BETWEEN $2::date AND $3::date`, [w.regionCode, w.from, w.to]),
};
