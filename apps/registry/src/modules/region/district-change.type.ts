import { graphqlEnum, type EnumValue } from '@birge/server-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalizedText } from './localized-text.type';
import { DistrictKind } from './region-kind.enum';

export const DistrictChangeKind = graphqlEnum('DistrictChangeKind', 'What a change of a district did.', {
  ADDED: 'The republican office added the district (addDistrict).',
  UPDATED: 'Its name was changed (renameDistrict).',
  ABOLISHED: 'It was abolished (abolishDistrict).',
  RESTORED: 'An abolition was undone (kept for records restored by hand; no mutation does this).',
});
export type DistrictChangeKind = EnumValue<typeof DistrictChangeKind>;

@ObjectType({ description: 'The values of a district before or after a change.' })
export class DistrictValues {
  @Field(() => DistrictKind, { description: 'Its kind then.' })
  kind: DistrictKind;

  @Field(() => LocalizedText, { description: 'Its name then, in Kazakh, Russian and English.' })
  name: LocalizedText;

  @Field(() => String, { nullable: true, description: 'The day it was abolished (YYYY-MM-DD), or null when it existed then.' })
  abolishedOn: string | null;
}

@ObjectType({ description: 'One change of a district by the republican office, kept for history.' })
export class DistrictChange {
  @Field(() => ID, { description: "The change's number; later changes have larger numbers." })
  id: string;

  @Field(() => DistrictChangeKind, { description: 'What the change did.' })
  kind: DistrictChangeKind;

  @Field({ description: 'Who made the change (staff user id).' })
  changedBy: string;

  @Field({ description: 'When the change was made.' })
  changedAt: Date;

  @Field(() => DistrictValues, { nullable: true, description: 'The values before the change; null when the district was added.' })
  before: DistrictValues | null;

  @Field(() => DistrictValues, { description: 'The values after the change.' })
  after: DistrictValues;

  @Field(() => String, { nullable: true, description: 'Why, as given (required when abolishing).' })
  reason: string | null;

  districtCode: string;
}
