import { graphqlEnum, type EnumValue } from '@birge/server-kit';

/** The languages Birge writes to staff in (LOCALES). */
export const StaffLanguage = graphqlEnum('StaffLanguage', 'The language a staff member reads Birge’s mail in.', {
  kk: 'Kazakh (the default).',
  ru: 'Russian.',
  en: 'English.',
});
export type StaffLanguage = EnumValue<typeof StaffLanguage>;
