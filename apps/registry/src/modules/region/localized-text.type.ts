import { INHERIT_CACHE } from '@birge/server-kit';
import { Directive, Field, ObjectType } from 'type-graphql';

/** Shareable: the analytics subgraph explains a cooperation match's needs with the same type. */
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
