import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { NeedKind, NeedStatus, NeedTheme } from '../need-enums';

@InputType({ description: 'Narrows the needs register; every field given must match.' })
export class NeedFilter {
  @Field(() => ID, { nullable: true, description: "Only this region's entries (KATO code). Regional staff: their own region (the default); another is FORBIDDEN (OTHER_REGION)." })
  @IsOptional()
  @MaxLength(20, { message: 'must be at most 20 characters' })
  regionCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only entries about this district (KATO code); needs regionCode, and must be one of its districts.' })
  @IsOptional()
  @MaxLength(20, { message: 'must be at most 20 characters' })
  districtCode?: string | null;

  @Field(() => NeedTheme, { nullable: true, description: 'Only entries of this theme.' })
  @IsOptional()
  theme?: NeedTheme | null;

  @Field(() => NeedKind, { nullable: true, description: "Only the movement's needs, or only the front offices' own." })
  @IsOptional()
  kind?: NeedKind | null;

  @Field(() => NeedStatus, { nullable: true, description: 'Only entries in this status.' })
  @IsOptional()
  status?: NeedStatus | null;
}
