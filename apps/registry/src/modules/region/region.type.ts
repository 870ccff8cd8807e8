import { PUBLIC_REFERENCE } from '@birge/server-kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { LocalizedText } from './localized-text.type';
import { RegionKind } from './region-kind.enum';

@Directive('@key(fields: "code")')
@Directive(PUBLIC_REFERENCE)
@ObjectType({ description: 'An oblast or a city of republican significance; each has its regional front office.' })
export class Region {
  @Field(() => ID, { description: 'Official KATO code, e.g. 710000000 for Astana.' })
  code: string;

  @Field(() => RegionKind, { description: 'An oblast or a city of republican significance.' })
  kind: RegionKind;

  @Field({ description: 'ISO 3166-2 code, e.g. KZ-71.' })
  isoCode: string;

  @Field(() => LocalizedText, { description: 'Its name in Kazakh, Russian and English.' })
  name: LocalizedText;
}
