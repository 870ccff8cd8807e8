import { Field, ObjectType } from 'type-graphql';
import { InsightDimension } from './insight-enums';
import { InsightLabel } from './insight-label.type';

@ObjectType({ description: 'The value of one grouping dimension that a row stands for, e.g. REGION 710000000 (Astana) or MONTH 2026-03.' })
export class InsightKey {
  @Field(() => InsightDimension, { description: 'The dimension.' })
  dimension: InsightDimension;

  @Field({
    description:
      'The code: a KATO code (REGION, DISTRICT; NONE for records without a district), YYYY-MM (MONTH), YYYY-Qn (QUARTER), YYYY (YEAR), ' +
      'or the enum value (NONE where the record has none, e.g. LEGAL_FORM of a volunteer).',
  })
  code: string;

  @Field(() => InsightLabel, { description: 'What to show for the code, in kk/ru/en.' })
  label: InsightLabel;
}
