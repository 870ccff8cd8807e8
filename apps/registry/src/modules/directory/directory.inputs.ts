import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Direction } from '../organization/organization-enums';
import { LocalizedTextInput } from '../region/localized-text.input';
import { ContactPointInput } from './contact-point.type';
import { SponsorKind, StateBodyKind } from './directory-enums';

/** The contact fields every entry has; an empty string clears one on update. */
@InputType('DirectoryEntryContactsInput', { description: 'The contact fields of a directory entry.' })
class EntryContactsInput {
  @Field(() => String, { nullable: true, description: 'Postal address, up to 500 characters.' })
  @IsOptional()
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone (INVALID_PHONE).' })
  @IsOptional()
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address (INVALID_EMAIL).' })
  @IsOptional()
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Website, https://... (INVALID_URL).' })
  @IsOptional()
  website?: string | null;

  @Field(() => [ContactPointInput], { nullable: true, description: 'People and desks to reach (up to 20); on update, replaces the list.' })
  @IsOptional()
  contactPoints?: ContactPointInput[] | null;

  @Field(() => String, { nullable: true, description: 'Working notes, up to 5000 characters.' })
  @IsOptional()
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

  @Field(() => ID, { nullable: true, description: 'KATO code of the district, in the region (UNKNOWN_DISTRICT, DISTRICT_NOT_IN_REGION); none for a regional body.' })
  @IsOptional()
  districtCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'The body it is a department of (an akimat), in the same region (PARENT_NOT_IN_REGION).' })
  @IsOptional()
  parentId?: string | null;

  @Field(() => LocalizedTextInput, { description: 'The official name in kk, ru and en (2 to 300 characters each).' })
  name: LocalizedTextInput;
}

@InputType({ description: 'Changes to a state body; omitted fields stay as they are. Its region stays.' })
export class UpdateStateBodyInput extends EntryUpdateInput {
  @Field(() => StateBodyKind, { nullable: true, description: 'What kind of body it is.' })
  @IsOptional()
  kind?: StateBodyKind | null;

  @Field(() => ID, { nullable: true, description: 'The district; an empty string makes it a regional body.' })
  @IsOptional()
  districtCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'The parent body; an empty string removes it.' })
  @IsOptional()
  parentId?: string | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'The official name in kk, ru and en.' })
  @IsOptional()
  name?: LocalizedTextInput | null;

  @Field(() => Boolean, { nullable: true, description: 'true archives it (no longer offered for new referrals), false brings it back.' })
  @IsOptional()
  archived?: boolean | null;
}

@InputType({ description: 'Which state bodies to list; every given field must match.' })
export class StateBodyFilter {
  @Field(() => ID, { nullable: true, description: 'KATO code of the region.' })
  @IsOptional()
  regionCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'KATO code of the district.' })
  @IsOptional()
  districtCode?: string | null;

  @Field(() => StateBodyKind, { nullable: true, description: 'Only this kind.' })
  @IsOptional()
  kind?: StateBodyKind | null;

  @Field(() => ID, { nullable: true, description: 'Only the departments of this body.' })
  @IsOptional()
  parentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Words of the name in any of the three languages.' })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Also archived entries (false when omitted).' })
  @IsOptional()
  includeArchived?: boolean | null;
}

@InputType({ description: 'A new sponsor or partner. With a region, that region\'s staff keep it; without, the republican office.' })
export class CreateSponsorInput extends EntryContactsInput {
  @Field(() => SponsorKind, { description: 'What kind of sponsor it is.' })
  kind: SponsorKind;

  @Field(() => ID, { nullable: true, description: 'KATO code of the region it works in (UNKNOWN_REGION); none for the whole country.' })
  @IsOptional()
  regionCode?: string | null;

  @Field({ description: 'The name (2 to 300 characters).' })
  name: string;

  @Field(() => [Direction], { nullable: true, description: 'The directions it supports; empty: any.' })
  @IsOptional()
  @ArrayMaxSize(12)
  directions?: Direction[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it writes recommendation letters (false when omitted).' })
  @IsOptional()
  writesRecommendationLetters?: boolean | null;
}

@InputType({ description: 'Changes to a sponsor; omitted fields stay as they are. Its region stays.' })
export class UpdateSponsorInput extends EntryUpdateInput {
  @Field(() => SponsorKind, { nullable: true, description: 'What kind of sponsor it is.' })
  @IsOptional()
  kind?: SponsorKind | null;

  @Field(() => String, { nullable: true, description: 'The name.' })
  @IsOptional()
  name?: string | null;

  @Field(() => [Direction], { nullable: true, description: 'The directions it supports (replaces the list).' })
  @IsOptional()
  @ArrayMaxSize(12)
  directions?: Direction[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it writes recommendation letters.' })
  @IsOptional()
  writesRecommendationLetters?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'true archives it, false brings it back.' })
  @IsOptional()
  archived?: boolean | null;
}

@InputType({ description: 'Which sponsors to list; every given field must match.' })
export class SponsorFilter {
  @Field(() => ID, { nullable: true, description: 'KATO code of a region: its sponsors and those of the whole country.' })
  @IsOptional()
  regionCode?: string | null;

  @Field(() => SponsorKind, { nullable: true, description: 'Only this kind.' })
  @IsOptional()
  kind?: SponsorKind | null;

  @Field(() => Direction, { nullable: true, description: 'Only those supporting this direction (or any).' })
  @IsOptional()
  direction?: Direction | null;

  @Field(() => Boolean, { nullable: true, description: 'Only those that write recommendation letters.' })
  @IsOptional()
  writesRecommendationLetters?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Words of the name.' })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Also archived entries (false when omitted).' })
  @IsOptional()
  includeArchived?: boolean | null;
}
