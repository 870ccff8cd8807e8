import { MAX_DISTRICTS_PER_REGION, REGION_CODES } from '@birge/shared-reference';
import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { InsightPeriodInput } from '../../insights/dto/insight-period.input';

@InputType({ description: 'Which places and which period the outreach measure covers.' })
export class OutreachFilter {
  @Field(() => [ID], {
    nullable: true,
    description: 'Only these regions (KATO codes). Regional staff: their own region (the default); another is FORBIDDEN (OTHER_REGION).',
  })
  @IsOptional()
  @ArrayMaxSize(REGION_CODES.length)
  regions?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only these districts (KATO codes) of the regions counted.' })
  @IsOptional()
  @ArrayMaxSize(REGION_CODES.length * MAX_DISTRICTS_PER_REGION)
  districts?: string[] | null;

  @Field(() => InsightPeriodInput, {
    nullable: true,
    description: 'The period: figures are as they stood on its last day, the trend has one point per month of it (at most 36). The last 12 months when omitted.',
  })
  @IsOptional()
  @ValidateNested()
  period?: InsightPeriodInput | null;
}
