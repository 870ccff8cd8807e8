import { IsOptional, Matches } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

@InputType({
  description:
    'The period the figures cover: exactly one of month, quarter, year, or a from–to range (both days included). ' +
    'Omitted: the last 12 whole months and the current one. Periods are calendar periods in UTC.',
})
export class InsightPeriodInput {
  @Field(() => String, { nullable: true, description: 'A month, YYYY-MM, e.g. 2026-03.' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'must be a month as YYYY-MM' })
  month?: string | null;

  @Field(() => String, { nullable: true, description: 'A quarter, YYYY-Qn, e.g. 2026-Q1.' })
  @IsOptional()
  @Matches(/^\d{4}-Q[1-4]$/, { message: 'must be a quarter as YYYY-Q1 to YYYY-Q4' })
  quarter?: string | null;

  @Field(() => Int, { nullable: true, description: 'A calendar year, e.g. 2026.' })
  @IsOptional()
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'First day of a range, YYYY-MM-DD; needs `to`.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a day as YYYY-MM-DD' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day of a range, YYYY-MM-DD (included); needs `from`.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a day as YYYY-MM-DD' })
  to?: string | null;
}
