import { PUBLIC_REFERENCE } from '@birge/server-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalizedText } from './localized-text.type';
import { DistrictKind } from './region-kind.enum';

@Directive('@key(fields: "code")')
@Directive(PUBLIC_REFERENCE)
@ObjectType({ description: 'A district, city of regional significance or city district inside a region.' })
export class District {
  @Field(() => ID, { description: 'Official KATO code.' })
  code: string;

  @Field(() => DistrictKind, { description: 'A district (audan), a city of regional significance, or a district of a city.' })
  kind: DistrictKind;

  @Field(() => LocalizedText, { description: 'The name in Kazakh, Russian and English.' })
  name: LocalizedText;

  @Field(() => String, {
    nullable: true,
    description:
      'The day the district ceased to exist (YYYY-MM-DD); null while it exists. An abolished district stays for the records ' +
      'that point to it, but is left out of Region.districts (and so out of coverage) and cannot be chosen for new records.',
  })
  abolishedOn: string | null;

  @Field(() => Int, { description: 'Optimistic-locking version: pass it to renameDistrict and abolishDistrict; it grows with every change.' })
  version: number;

  @Field(() => Date, { nullable: true, description: 'When the republican office last changed it; null for a district as seeded.' })
  updatedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Who last changed it (staff user id); null for a district as seeded.' })
  updatedBy: string | null;

  regionCode: string;
}
