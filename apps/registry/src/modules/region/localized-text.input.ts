import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A name in Kazakh, Russian and English; each 2 to 100 characters.' })
export class LocalizedTextInput {
  @Field({ description: 'Kazakh.' })
  kk: string;

  @Field({ description: 'Russian.' })
  ru: string;

  @Field({ description: 'English (Latin letters).' })
  en: string;
}
