import { registerEnumType } from 'type-graphql';

/** The language a guide's document is written in: the library keeps documents in Kazakh and in Russian. */
export enum GuideLanguage {
  KK = 'KK',
  RU = 'RU',
}

registerEnumType(GuideLanguage, { name: 'GuideLanguage', description: "The language of a guide's document: Kazakh (KK) or Russian (RU)." });
