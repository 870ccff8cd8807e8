import { INHERIT_CACHE } from '@birge/server-kit';
import { Directive, Field, ObjectType } from 'type-graphql';

@Directive(INHERIT_CACHE)
@ObjectType({ description: 'A label of the assistance catalog in Kazakh, Russian and English.' })
export class AssistanceLabel {
  @Field({ description: 'Kazakh (the default language).' })
  kk: string;

  @Field({ description: 'Russian.' })
  ru: string;

  @Field({ description: 'English.' })
  en: string;
}
