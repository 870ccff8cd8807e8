import { Field, Float, ObjectType } from 'type-graphql';
import { InsightMeasure } from './insight-enums';

@ObjectType({ description: 'One measure of a row.' })
export class InsightValue {
  @Field(() => InsightMeasure, { description: 'The measure.' })
  measure: InsightMeasure;

  @Field(() => Float, {
    nullable: true,
    description:
      'The figure: a count, a share or rate between 0 and 1, hours (durations), or an average score 1–5. Null when it cannot be told ' +
      '(a share of nothing, a median of no resolved request).',
  })
  value: number | null;
}
