import { OptionalTextField } from '@birge/server-kit';
import { ArrayMaxSize, IsInt, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Direction } from '../programme/programme-enums';
import { AssistanceSubtype } from '../request/assistance-enums';
import { GuideLanguage } from './guide-enums';

@InputType({ description: "A guide's file, sent inline as base64 (the HTTP body is limited to 1 MiB)." })
export class GuideFileInput {
  @Field({ description: 'The file name, e.g. "ustav-shablon.docx".' })
  fileName: string;

  @Field({ description: 'PDF, DOCX, XLSX or plain text (ATTACHMENT_TYPE_NOT_ALLOWED otherwise); the content must match it.' })
  mimeType: string;

  @Field({ description: 'The file content, base64.' })
  contentBase64: string;

  @OptionalTextField(500, 'What this version changes, up to 500 characters.')
  note?: string | null;
}

/** The tags and texts of a guide; on update, omitted ones stay as they are. */
@InputType('GuideFieldsInput', { description: 'The describing fields of a guide.' })
class GuideFieldsInput {
  @OptionalTextField(2000, 'What it helps with, up to 2000 characters.')
  description?: string | null;

  @Field(() => [AssistanceSubtype], { nullable: true, description: 'The assistance sub-types it helps with (requests of these sub-types suggest it).' })
  @IsOptional()
  @ArrayMaxSize(9)
  subtypes?: AssistanceSubtype[] | null;

  @Field(() => [Direction], { nullable: true, description: 'The directions it is meant for; empty: any.' })
  @IsOptional()
  @ArrayMaxSize(12)
  directions?: Direction[] | null;
}

@InputType({ description: 'A new guide with its first version.' })
export class CreateGuideInput extends GuideFieldsInput {
  @Field({ description: "The title, 3 to 300 characters, in the guide's language." })
  title: string;

  @Field(() => GuideLanguage, { description: 'The language of the document: KK or RU.' })
  language: GuideLanguage;

  @Field(() => String, {
    nullable: true,
    description: 'The region whose office keeps it (regional staff: their own, also when omitted); null for the republican office.',
  })
  @IsOptional()
  ownerRegionCode?: string | null;

  @Field(() => GuideFileInput, { description: "The first version's file." })
  file: GuideFileInput;
}

@InputType({ description: "Changes to a guide's title and tags; omitted fields stay as they are." })
export class UpdateGuideInput extends GuideFieldsInput {
  @Field(() => ID, { description: 'The guide.' })
  @IsUUID('all', { message: 'is not a guide id (a UUID)' })
  id: string;

  @Field(() => Int, { description: 'The version you read (CONFLICT STALE_VERSION when someone changed it since).' })
  @IsInt()
  version: number;

  @Field(() => String, { nullable: true, description: 'The title, 3 to 300 characters.' })
  @IsOptional()
  title?: string | null;
}

@InputType({ description: "A new version of a guide's file; the older ones stay readable." })
export class AddGuideVersionInput {
  @Field(() => ID, { description: 'The guide.' })
  @IsUUID('all', { message: 'is not a guide id (a UUID)' })
  guideId: string;

  @Field(() => Int, { description: 'The version of the guide you read (CONFLICT STALE_VERSION when someone changed it since).' })
  @IsInt()
  version: number;

  @Field(() => GuideFileInput, { description: 'The new file.' })
  file: GuideFileInput;
}

@InputType({ description: 'Which guides to list; every given field must match.' })
export class GuideFilter {
  @Field(() => AssistanceSubtype, { nullable: true, description: 'Only those tagged with this assistance sub-type.' })
  @IsOptional()
  subtype?: AssistanceSubtype | null;

  @Field(() => Direction, { nullable: true, description: 'Only those meant for this direction (or any).' })
  @IsOptional()
  direction?: Direction | null;

  @Field(() => GuideLanguage, { nullable: true, description: 'Only those in this language.' })
  @IsOptional()
  language?: GuideLanguage | null;

  @Field(() => String, { nullable: true, description: "Only those usable in this region (KATO code): the republican office's and the region's own." })
  @IsOptional()
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Words of the title or the description.' })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;
}

@InputType({ description: 'A guide of the library and a consultative request to attach it to (or detach it from).' })
export class RequestGuideInput {
  @Field(() => ID, { description: 'The request (consultative help only: NOT_CONSULTATIVE otherwise).' })
  @IsUUID('all', { message: 'is not an assistance request id (a UUID)' })
  requestId: string;

  @Field(() => ID, { description: "The guide (the republican office's or the request's region's: GUIDE_OF_OTHER_REGION otherwise)." })
  @IsUUID('all', { message: 'is not a guide id (a UUID)' })
  guideId: string;
}
