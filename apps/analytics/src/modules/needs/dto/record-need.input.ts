import { RequiredTextField } from '@birge/server-kit';
import { NEED_LIMITS } from '@birge/shared-reference';
import { IsNotEmpty, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { NeedKind, NeedTheme } from '../need-enums';
import { NeedEvidenceInput } from './need-evidence.input';

@InputType({ description: 'A new entry of the needs register.' })
export class RecordNeedInput {
  @Field(() => ID, { description: "The region (KATO code). Regional staff record their own region's needs only." })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(20, { message: 'must be at most 20 characters' })
  regionCode: string;

  @Field(() => ID, { nullable: true, description: 'A district, city or city district of the region (KATO code); omit when the need concerns the whole region.' })
  @IsOptional()
  @MaxLength(20, { message: 'must be at most 20 characters' })
  districtCode?: string | null;

  @Field(() => NeedTheme, { description: 'What the need is about.' })
  theme: NeedTheme;

  @Field(() => NeedKind, { description: "The movement's need or the front office's own." })
  kind: NeedKind;

  @RequiredTextField(NEED_LIMITS.narrativeMaxLength, `The need in your own words (1 to ${NEED_LIMITS.narrativeMaxLength} characters).`)
  narrative: string;

  @Field(() => String, { nullable: true, description: 'The day (YYYY-MM-DD) it was first noticed, today or earlier; today when omitted.' })
  @IsOptional()
  @MaxLength(10, { message: 'must be a date written YYYY-MM-DD' })
  firstNoticedOn?: string | null;

  @Field(() => NeedEvidenceInput, { nullable: true, description: 'The records the need rests on.' })
  @IsOptional()
  @ValidateNested()
  evidence?: NeedEvidenceInput | null;
}
