import { OptionalTextField } from '@birge/server-kit';
import { ArrayMaxSize, IsInt, IsOptional, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Direction } from '../programme/programme-enums';
import { PublicationSource } from './publication-enums';

/** The fields of a publication; on update, omitted ones stay as they are. */
@InputType('PublicationFieldsInput', { description: 'The fields of a publication.' })
class PublicationFieldsInput {
  @OptionalTextField(300, 'The headline or subject, up to 300 characters.')
  title?: string | null;

  @OptionalTextField(2000, 'Where to read or watch it (https://...; INVALID_URL).')
  link?: string | null;

  @Field(() => Int, { nullable: true, description: 'How many it reached, 0 or more (NEGATIVE_REACH).' })
  @IsOptional()
  reach?: number | null;

  @Field(() => [Direction], { nullable: true, description: 'The directions of volunteering it was about.' })
  @IsOptional()
  @ArrayMaxSize(12)
  directions?: Direction[] | null;

  @Field(() => String, { nullable: true, description: 'The district (KATO code of the region) it was about (UNKNOWN_DISTRICT, DISTRICT_NOT_IN_REGION).' })
  @IsOptional()
  @MaxLength(12)
  districtCode?: string | null;
}

@InputType({ description: 'A publication entered on its own.' })
export class CreatePublicationInput extends PublicationFieldsInput {
  @Field(() => String, { nullable: true, description: 'The region whose coverage it is (regional staff: their own, also when omitted; others: REQUIRED).' })
  @IsOptional()
  regionCode?: string | null;

  @Field({ description: 'The outlet, 2 to 200 characters (INVALID_LENGTH).' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  outlet: string;

  @Field({ description: 'The day (YYYY-MM-DD) it appeared (INVALID_DATE; IN_THE_FUTURE after today).' })
  publishedOn: string;
}

@InputType({ description: 'A change of a publication; a stale version is CONFLICT (STALE_VERSION).' })
export class UpdatePublicationInput extends PublicationFieldsInput {
  @Field(() => ID, { description: 'The publication.' })
  id: string;

  @Field(() => Int, { description: 'The version you last read.' })
  @IsInt()
  @Min(1)
  version: number;

  @OptionalTextField(200, 'The outlet, 2 to 200 characters.')
  outlet?: string | null;

  @Field(() => String, { nullable: true, description: 'The day (YYYY-MM-DD) it appeared.' })
  @IsOptional()
  publishedOn?: string | null;
}

@InputType({ description: 'Which publications to list; every one the caller may read when empty.' })
export class PublicationFilter {
  @Field(() => String, { nullable: true, description: "Only this region's (regional staff: their own; another is FORBIDDEN)." })
  @IsOptional()
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only those about this district.' })
  @IsOptional()
  districtCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Published on or after this day (YYYY-MM-DD).' })
  @IsOptional()
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Published on or before this day (YYYY-MM-DD; PERIOD_REVERSED before from).' })
  @IsOptional()
  to?: string | null;

  @Field(() => Direction, { nullable: true, description: 'Only those about this direction.' })
  @IsOptional()
  direction?: Direction | null;

  @Field(() => PublicationSource, { nullable: true, description: 'Only those entered on their own, or only those made from requests.' })
  @IsOptional()
  source?: PublicationSource | null;

  @Field(() => ID, { nullable: true, description: "Only the coverage of this organization's requests." })
  @IsOptional()
  organizationId?: string | null;
}
