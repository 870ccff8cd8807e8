import { Field, ObjectType } from 'type-graphql';

/**
 * The fields of a text in the system's three languages: Kazakh (the default), Russian, English.
 * A subgraph's object type of such a text (a name, a label, a title) extends it, with its own name,
 * description and directives.
 */
@ObjectType({ description: 'A text in Kazakh, Russian and English.' })
export class TrilingualText {
  @Field({ description: 'Kazakh (the default language).' })
  kk: string;

  @Field({ description: 'Russian.' })
  ru: string;

  @Field({ description: 'English.' })
  en: string;
}
