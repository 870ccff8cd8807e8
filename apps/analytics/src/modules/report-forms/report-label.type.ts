import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A text of a report form (a title, a label, a hint) in Kazakh, Russian and English, as its designer wrote it.' })
export class ReportLabel {
  @Field({ description: 'Kazakh (the default language).' })
  kk: string;

  @Field({ description: 'Russian.' })
  ru: string;

  @Field({ description: 'English.' })
  en: string;
}
