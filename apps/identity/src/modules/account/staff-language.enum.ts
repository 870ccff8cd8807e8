import { registerEnumType } from 'type-graphql';

/** The languages Birge writes to staff in (LOCALES). */
export enum StaffLanguage {
  kk = 'kk',
  ru = 'ru',
  en = 'en',
}

registerEnumType(StaffLanguage, {
  name: 'StaffLanguage',
  description: 'The language a staff member reads Birge’s mail in.',
  valuesConfig: { kk: { description: 'Kazakh (the default).' }, ru: { description: 'Russian.' }, en: { description: 'English.' } },
});
