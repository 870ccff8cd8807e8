import { OptionalField } from '@birge/server-kit';
import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Direction } from '../organization/organization-enums';
import { LocalizedTextInput } from '../region/localized-text.input';
import { ContactPointInput } from './contact-point.type';
import { SponsorKind, StateBodyKind } from './directory-enums';

/** The contact fields every entry has; an empty string clears one on update. */
@InputType('DirectoryEntryContactsInput', { description: 'The contact fields of a directory entry.' })
class EntryContactsInput {
  @OptionalField(() => String, 'Postal address, up to 500 characters.')
  address?: string | null;

  @OptionalField(() => String, 'Phone (INVALID_PHONE).')
  phone?: string | null;

  @OptionalField(() => String, 'E-mail address (INVALID_EMAIL).')
  email?: string | null;

  @OptionalField(() => String, 'Website, https://... (INVALID_URL).')
  website?: string | null;

  @OptionalField(() => [ContactPointInput], 'People and desks to reach (up to 20); on update, replaces the list.')
  contactPoints?: ContactPointInput[] | null;

  @OptionalField(() => String, 'Working notes, up to 5000 characters.')
  @MaxLength(5000, { message: 'must be at most 5000 characters' })
  notes?: string | null;
}

/** An update of an entry: the entry, the version read, then its contact fields. */
@InputType('DirectoryEntryUpdateInput', { description: 'Changes to a directory entry.' })
class EntryUpdateInput extends EntryContactsInput {
  @Field(() => ID, { description: 'The entry.' })
  id: string;

  @Field(() => Int, { description: 'The version you read (CONFLICT STALE_VERSION when someone changed it since).' })
  version: number;
}

@InputType({ description: 'A new state body. The caller must be allowed to change the records of its region.' })
export class CreateStateBodyInput extends EntryContactsInput {
  @Field(() => StateBodyKind, { description: 'What kind of body it is.' })
  kind: StateBodyKind;

  @Field(() => ID, { description: 'KATO code of the region (UNKNOWN_REGION).' })
  regionCode: string;

  @OptionalField(() => ID, 'KATO code of the district, in the region (UNKNOWN_DISTRICT, DISTRICT_NOT_IN_REGION); none for a regional body.')
  districtCode?: string | null;

  @OptionalField(() => ID, 'The body it is a department of (an akimat), in the same region (PARENT_NOT_IN_REGION).')
  parentId?: string | null;

  @Field(() => LocalizedTextInput, { description: 'The official name in kk, ru and en (2 to 300 characters each).' })
  name: LocalizedTextInput;
}

@InputType({ description: 'Changes to a state body; omitted fields stay as they are. Its region stays.' })
export class UpdateStateBodyInput extends EntryUpdateInput {
  @OptionalField(() => StateBodyKind, 'What kind of body it is.')
  kind?: StateBodyKind | null;

  @OptionalField(() => ID, 'The district; an empty string makes it a regional body.')
  districtCode?: string | null;

  @OptionalField(() => ID, 'The parent body; an empty string removes it.')
  parentId?: string | null;

  @OptionalField(() => LocalizedTextInput, 'The official name in kk, ru and en.')
  name?: LocalizedTextInput | null;

  @OptionalField(() => Boolean, 'true archives it (no longer offered for new referrals), false brings it back.')
  archived?: boolean | null;
}

@InputType({ description: 'Which state bodies to list; every given field must match.' })
export class StateBodyFilter {
  @OptionalField(() => ID, 'KATO code of the region.')
  regionCode?: string | null;

  @OptionalField(() => ID, 'KATO code of the district.')
  districtCode?: string | null;

  @OptionalField(() => StateBodyKind, 'Only this kind.')
  kind?: StateBodyKind | null;

  @OptionalField(() => ID, 'Only the departments of this body.')
  parentId?: string | null;

  @OptionalField(() => String, 'Words of the name in any of the three languages.')
  @MaxLength(200)
  search?: string | null;

  @OptionalField(() => Boolean, 'Also archived entries (false when omitted).')
  includeArchived?: boolean | null;
}

@InputType({ description: "A new sponsor or partner. With a region, that region's staff keep it; without, the republican office." })
export class CreateSponsorInput extends EntryContactsInput {
  @Field(() => SponsorKind, { description: 'What kind of sponsor it is.' })
  kind: SponsorKind;

  @OptionalField(() => ID, 'KATO code of the region it works in (UNKNOWN_REGION); none for the whole country.')
  regionCode?: string | null;

  @Field({ description: 'The name (2 to 300 characters).' })
  name: string;

  @OptionalField(() => [Direction], 'The directions it supports; empty: any.')
  @ArrayMaxSize(12)
  directions?: Direction[] | null;

  @OptionalField(() => Boolean, 'Whether it writes recommendation letters (false when omitted).')
  writesRecommendationLetters?: boolean | null;
}

@InputType({ description: 'Changes to a sponsor; omitted fields stay as they are. Its region stays.' })
export class UpdateSponsorInput extends EntryUpdateInput {
  @OptionalField(() => SponsorKind, 'What kind of sponsor it is.')
  kind?: SponsorKind | null;

  @OptionalField(() => String, 'The name.')
  name?: string | null;

  @OptionalField(() => [Direction], 'The directions it supports (replaces the list).')
  @ArrayMaxSize(12)
  directions?: Direction[] | null;

  @OptionalField(() => Boolean, 'Whether it writes recommendation letters.')
  writesRecommendationLetters?: boolean | null;

  @OptionalField(() => Boolean, 'true archives it, false brings it back.')
  archived?: boolean | null;
}

@InputType({ description: 'Which sponsors to list; every given field must match.' })
export class SponsorFilter {
  @OptionalField(() => ID, 'KATO code of a region: its sponsors and those of the whole country.')
  regionCode?: string | null;

  @OptionalField(() => SponsorKind, 'Only this kind.')
  kind?: SponsorKind | null;

  @OptionalField(() => Direction, 'Only those supporting this direction (or any).')
  direction?: Direction | null;

  @OptionalField(() => Boolean, 'Only those that write recommendation letters.')
  writesRecommendationLetters?: boolean | null;

  @OptionalField(() => String, 'Words of the name.')
  @MaxLength(200)
  search?: string | null;

  @OptionalField(() => Boolean, 'Also archived entries (false when omitted).')
  includeArchived?: boolean | null;
}
