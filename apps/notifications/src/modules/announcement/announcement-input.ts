import { OptionalTextField } from '@birge/server-kit';
import { IsEnum, IsIn, IsNotEmpty, IsOptional, IsUrl, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { AnnouncementTopic } from './announcement-enums';
import { AnnouncementTargetInput } from './announcement-target.input';

@InputType({ description: 'A new announcement, saved as a draft (or scheduled when scheduledAt is given).' })
export class CreateAnnouncementInput {
  @Field(() => AnnouncementTopic, { description: 'What it is about.' })
  @IsEnum(AnnouncementTopic)
  topic: AnnouncementTopic;

  @Field({ description: 'The language it is written in (kk, ru or en): the mail around it (greeting, unsubscribe, signature) follows it.' })
  @IsIn(['kk', 'ru', 'en'], { message: 'must be kk, ru or en' })
  language: string;

  @Field({ description: 'The subject of the mail (3 to 200 characters).' })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  title: string;

  @Field({ description: 'The text (up to 5000 characters); blank lines separate paragraphs.' })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(5000, { message: 'must be at most 5000 characters' })
  body: string;

  @Field(() => String, { nullable: true, description: 'A link to read more or apply (https://…).' })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { message: 'must be a link starting with https://' })
  @MaxLength(500)
  link?: string | null;

  @Field(() => AnnouncementTargetInput, { description: 'Who it is for.' })
  @ValidateNested()
  target: AnnouncementTargetInput;

  @Field(() => Date, { nullable: true, description: 'Send it at this time (in the future, within a year); null: keep it as a draft.' })
  @IsOptional()
  scheduledAt?: Date | null;
}

@InputType({ description: 'Changes to a draft or scheduled announcement; omitted fields stay as they are.' })
export class UpdateAnnouncementInput {
  @Field(() => ID, { description: 'The announcement.' })
  id: string;

  @Field(() => Int, { description: 'The version you read (CONFLICT STALE_VERSION when someone changed it since).' })
  version: number;

  @Field(() => AnnouncementTopic, { nullable: true, description: 'What it is about.' })
  @IsOptional()
  @IsEnum(AnnouncementTopic)
  topic?: AnnouncementTopic | null;

  @Field(() => String, { nullable: true, description: 'kk, ru or en.' })
  @IsOptional()
  @IsIn(['kk', 'ru', 'en'], { message: 'must be kk, ru or en' })
  language?: string | null;

  @OptionalTextField(200, '3 to 200 characters.')
  title?: string | null;

  @OptionalTextField(5000, 'Up to 5000 characters.')
  body?: string | null;

  @Field(() => String, { nullable: true, description: 'A link (https://…); an empty string removes it.' })
  @IsOptional()
  @MaxLength(500)
  link?: string | null;

  @Field(() => AnnouncementTargetInput, { nullable: true, description: 'Who it is for (replaces the whole target).' })
  @IsOptional()
  @ValidateNested()
  target?: AnnouncementTargetInput | null;

  @Field(() => Date, { nullable: true, description: 'Send it at this time; to unschedule, set unschedule: true.' })
  @IsOptional()
  scheduledAt?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'true: back to a draft (scheduledAt cleared).' })
  @IsOptional()
  unschedule?: boolean | null;
}
