import { IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { ReportPeriodType } from '../report-enums';

@InputType({ description: 'Narrows the list of report forms.' })
export class ReportFormFilter {
  @Field(() => ReportPeriodType, { nullable: true, description: 'Only forms of this period type.' })
  @IsOptional()
  periodType?: ReportPeriodType | null;
}
