import { OptionalTextField } from '@birge/server-kit';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { Direction, FunderKind, OrganizationKind } from './programme-enums';

@InputType({ description: 'A title in kk, ru and en (3 to 300 characters each).' })
export class ProgrammeTitleInput {
  @Field({ description: 'Kazakh.' })
  kk: string;

  @Field({ description: 'Russian.' })
  ru: string;

  @Field({ description: 'English.' })
  en: string;
}

@InputType({ description: 'Who funds a programme: a directory entry (funderId) or a name (funderName, for OTHER).' })
export class FunderInput {
  @Field(() => FunderKind, { description: 'SPONSOR or STATE_BODY with funderId; OTHER with funderName.' })
  kind: FunderKind;

  @Field(() => ID, { nullable: true, description: 'The sponsor or state body (UNKNOWN_SPONSOR, UNKNOWN_STATE_BODY, ..._ARCHIVED on funder.id).' })
  @IsOptional()
  id?: string | null;

  @OptionalTextField(300, "The funder's name, 2 to 300 characters, for OTHER.")
  name?: string | null;
}

/** The fields a programme is made of; on update, omitted ones stay as they are. */
@InputType('GrantProgrammeFieldsInput', { description: 'The fields of a programme.' })
class ProgrammeFieldsInput {
  @OptionalTextField(5000, 'What it supports and how to apply, up to 5000 characters.')
  description?: string | null;

  @Field(() => [Direction], { nullable: true, description: 'The directions it supports; empty: any.' })
  @IsOptional()
  @ArrayMaxSize(12)
  directions?: Direction[] | null;

  @Field(() => [OrganizationKind], { nullable: true, description: 'The kinds of actor that may apply; empty: any.' })
  @IsOptional()
  @ArrayMaxSize(3)
  actorKinds?: OrganizationKind[] | null;

  @Field(() => [String], {
    nullable: true,
    description: "The regions it is open to (KATO codes, up to 20); empty: the whole country. A region's programme is open to its own region only (REGION_NOT_OWN).",
  })
  @IsOptional()
  @ArrayMaxSize(20)
  regionCodes?: string[] | null;

  @Field(() => Float, { nullable: true, description: 'The smallest grant, in tenge (0 or more).' })
  @IsOptional()
  amountMin?: number | null;

  @Field(() => Float, { nullable: true, description: 'The largest grant, in tenge (not below amountMin: AMOUNTS_REVERSED).' })
  @IsOptional()
  amountMax?: number | null;

  @Field(() => String, { nullable: true, description: 'A link to read more or apply (https://...; INVALID_URL); an empty string removes it on update.' })
  @IsOptional()
  @MaxLength(500)
  link?: string | null;
}

@InputType({ description: 'A new programme of the catalog.' })
export class CreateGrantProgrammeInput extends ProgrammeFieldsInput {
  @Field(() => String, {
    nullable: true,
    description: 'The region whose office keeps it (regional staff: their own, also when omitted); null for the republican office.',
  })
  @IsOptional()
  ownerRegionCode?: string | null;

  @Field(() => FunderInput, { description: 'Who funds it.' })
  funder: FunderInput;

  @Field(() => ProgrammeTitleInput, { description: 'The title in kk, ru and en.' })
  title: ProgrammeTitleInput;

  @Field({ description: 'The first day (YYYY-MM-DD) to apply.' })
  opensOn: string;

  @Field({ description: 'The last day (YYYY-MM-DD) to apply; not before opensOn (CLOSES_BEFORE_OPENS).' })
  closesOn: string;
}

@InputType({ description: 'Changes to a programme; omitted fields stay as they are.' })
export class UpdateGrantProgrammeInput extends ProgrammeFieldsInput {
  @Field(() => ID, { description: 'The programme.' })
  @IsUUID('all', { message: 'is not a programme id (a UUID)' })
  id: string;

  @Field(() => Int, { description: 'The version you read (CONFLICT STALE_VERSION when someone changed it since).' })
  @IsInt()
  version: number;

  @Field(() => FunderInput, { nullable: true, description: 'Who funds it.' })
  @IsOptional()
  funder?: FunderInput | null;

  @Field(() => ProgrammeTitleInput, { nullable: true, description: 'The title in kk, ru and en.' })
  @IsOptional()
  title?: ProgrammeTitleInput | null;

  @Field(() => String, { nullable: true, description: 'The first day to apply.' })
  @IsOptional()
  opensOn?: string | null;

  @Field(() => String, { nullable: true, description: 'The last day to apply.' })
  @IsOptional()
  closesOn?: string | null;
}

@InputType({ description: 'Which programmes to list; every given field must match. Without openNow or closingWithinDays, those not closed yet (unless includeClosed).' })
export class GrantProgrammeFilter {
  @Field(() => Boolean, { nullable: true, description: 'Only those open to applications today.' })
  @IsOptional()
  openNow?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Only those open and closing within this many days (1 to 90).' })
  @IsOptional()
  @Min(1, { message: 'must be 1 to 90' })
  @Max(90, { message: 'must be 1 to 90' })
  closingWithinDays?: number | null;

  @Field(() => Direction, { nullable: true, description: 'Only those supporting this direction (or any).' })
  @IsOptional()
  direction?: Direction | null;

  @Field(() => OrganizationKind, { nullable: true, description: 'Only those this kind of actor may apply to (or any).' })
  @IsOptional()
  actorKind?: OrganizationKind | null;

  @Field(() => String, { nullable: true, description: "Only those open to this region (KATO code), the whole country's included." })
  @IsOptional()
  regionCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only those funded by this sponsor or state body of the directory.' })
  @IsOptional()
  funderId?: string | null;

  @Field(() => String, { nullable: true, description: "Words of the title in any of the three languages, or of the funder's name." })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Also those closed already (false when omitted).' })
  @IsOptional()
  includeClosed?: boolean | null;
}

@InputType({ description: 'A document for a programme, sent inline as base64 (the HTTP body is limited to 1 MiB).' })
export class AddGrantProgrammeDocumentInput {
  @Field(() => ID, { description: 'The programme.' })
  @IsUUID('all', { message: 'is not a programme id (a UUID)' })
  programmeId: string;

  @Field({ description: 'The file name, e.g. "rules.pdf".' })
  fileName: string;

  @Field({ description: 'PDF, PNG, JPEG, DOCX, XLSX or plain text; the content must match it.' })
  mimeType: string;

  @Field({ description: 'The file content, base64.' })
  contentBase64: string;
}

export const ANNOUNCEMENT_LANGUAGES = ['kk', 'ru', 'en'] as const;

@InputType({ description: 'Announces a programme to its eligible audience.' })
export class AnnounceGrantProgrammeInput {
  @Field(() => ID, { description: 'The programme.' })
  @IsUUID('all', { message: 'is not a programme id (a UUID)' })
  id: string;

  @Field({ description: 'The language of the announcement: kk, ru or en.' })
  @IsIn(ANNOUNCEMENT_LANGUAGES, { message: 'must be kk, ru or en' })
  language: 'kk' | 'ru' | 'en';
}
