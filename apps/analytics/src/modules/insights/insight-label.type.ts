import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A label of the analytics API in Kazakh, Russian and English.' })
export class InsightLabel {
  @Field({ description: 'Kazakh (the default language).' })
  kk: string;

  @Field({ description: 'Russian.' })
  ru: string;

  @Field({ description: 'English.' })
  en: string;
}
