import { graphqlEnum, type EnumValue } from '@birge/server-kit';

/** The language a guide's document is written in: the library keeps documents in Kazakh and in Russian. */
export const GuideLanguage = graphqlEnum('GuideLanguage', "The language of a guide's document: Kazakh (KK) or Russian (RU).", ['KK', 'RU']);
export type GuideLanguage = EnumValue<typeof GuideLanguage>;
