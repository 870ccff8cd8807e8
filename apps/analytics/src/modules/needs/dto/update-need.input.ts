import { IdField, VersionField } from '@birge/server-kit';
import { NEED_LIMITS } from '@birge/shared-reference';
import { IsNotEmpty, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { NeedKind, NeedTheme } from '../need-enums';
import { NeedEvidenceInput } from './need-evidence.input';

@InputType({ description: 'Changes to an entry of the needs register: only the fields given change. Its region never changes.' })
export class UpdateNeedInput {
  @IdField('The entry.', 'is not a need id (a UUID)')
  id: string;

  @VersionField('The version you last read; a stale one is refused with CONFLICT (reason STALE_VERSION).')
  version: number;

  @Field(() => ID, { nullable: true, description: "A district of the entry's region (KATO code); null to make it concern the whole region." })
  @IsOptional()
  @MaxLength(20, { message: 'must be at most 20 characters' })
  districtCode?: string | null;

  @Field(() => NeedTheme, { nullable: true, description: 'What the need is about.' })
  @IsOptional()
  theme?: NeedTheme | null;

  @Field(() => NeedKind, { nullable: true, description: "The movement's need or the front office's own." })
  @IsOptional()
  kind?: NeedKind | null;

  @Field(() => String, { nullable: true, description: `The need in your own words (1 to ${NEED_LIMITS.narrativeMaxLength} characters).` })
  @IsOptional()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(NEED_LIMITS.narrativeMaxLength, { message: `must be at most ${NEED_LIMITS.narrativeMaxLength} characters` })
  narrative?: string | null;

  @Field(() => String, { nullable: true, description: 'The day (YYYY-MM-DD) it was first noticed, today or earlier.' })
  @IsOptional()
  @MaxLength(10, { message: 'must be a date written YYYY-MM-DD' })
  firstNoticedOn?: string | null;

  @Field(() => NeedEvidenceInput, { nullable: true, description: 'Evidence lists to replace; the kinds left out stay as they are.' })
  @IsOptional()
  @ValidateNested()
  evidence?: NeedEvidenceInput | null;
}
