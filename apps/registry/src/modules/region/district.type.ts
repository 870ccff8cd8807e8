import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { LocalizedText } from './localized-text.type';
import { DistrictKind } from './region-kind.enum';

@Directive('@key(fields: "code")')
@ObjectType({ description: 'A district, city of regional significance or city district inside a region.' })
export class District {
  @Field(() => ID, { description: 'Official KATO code.' })
  code: string;

  @Field(() => DistrictKind)
  kind: DistrictKind;

  @Field(() => LocalizedText)
  name: LocalizedText;

  regionCode: string;
}
