import { INHERIT_CACHE } from '@birge/server-kit';
import { Directive, Field, ObjectType } from 'type-graphql';

/** The registry's LocalizedText (shareable): a text in the three languages, here a cooperation match's needs explained. */
@Directive('@shareable')
@Directive(INHERIT_CACHE)
@ObjectType({ description: 'A name in Kazakh, Russian and English.' })
export class LocalizedText {
  @Field({ description: 'Kazakh (the default language).' })
  kk: string;

  @Field({ description: 'Russian.' })
  ru: string;

  @Field({ description: 'English.' })
  en: string;
}
