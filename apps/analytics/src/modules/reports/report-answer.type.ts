import { AccessRestriction, ListSize, PERSONAL_DATA_HIDDEN_DESCRIPTION, PersonalData } from '@birge/server-kit';
import { REPORT_LIMITS } from '@birge/shared-reference';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { ReportFieldType } from '../report-forms/report-enums';
import { ReportPrefillSource } from './prefill/report-prefill-source.type';

@ObjectType({ description: 'The figure Birge pre-filled a NUMBER answer with: its source and the figure as computed.' })
export class ReportPrefill {
  @Field(() => ReportPrefillSource, { description: 'Where the figure comes from.' })
  source: ReportPrefillSource;

  @Field(() => Float, { nullable: true, description: 'The figure as computed; null when Birge could not tell it.' })
  figure: number | null;

  @Field({ description: 'When it was computed (when the report was opened, or its figures refreshed).' })
  computedAt: Date;
}

@ObjectType({ description: "A field's answer in a report: the member of its type, the front office's comment, and the pre-filled figure when there is one." })
export class ReportAnswer {
  @Field({ description: "The field's key in the report's form version." })
  fieldKey: string;

  @Field(() => ReportFieldType, { description: 'The type of the field.' })
  type: ReportFieldType;

  @Field(() => Float, { nullable: true, description: 'NUMBER: the value; null when not answered.' })
  number: number | null;

  @PersonalData()
  @Field(() => String, {
    nullable: true,
    description: 'Personal data (free text that may name people). TEXT: the answer; null when not answered or withheld from you: see personalDataHidden.',
  })
  text: string | null;

  @Field(() => [String], { nullable: true, description: 'CHOICE (one) and MULTI_CHOICE: the keys of the choices picked; null when not answered.' })
  choices: string[] | null;

  @ListSize(REPORT_LIMITS.needsPerFieldMax)
  @Field(() => [ID], { nullable: true, description: "NEEDS: ids of entries of the region's needs register; null when not answered." })
  needIds: string[] | null;

  @PersonalData()
  @Field(() => String, { nullable: true, description: 'Personal data (free text that may name people). Why the value is missing or differs; null when none or withheld from you.' })
  comment: string | null;

  @Field(() => AccessRestriction, { nullable: true, description: PERSONAL_DATA_HIDDEN_DESCRIPTION })
  personalDataHidden?: AccessRestriction | null;

  @Field(() => ReportPrefill, { nullable: true, description: 'The pre-filled figure; null for a field without a pre-fill source.' })
  prefill: ReportPrefill | null;

  @Field({ description: 'True when the value differs from the pre-filled figure (it then needs a comment).' })
  overridden: boolean;

  /** The report's region: decides who sees the free text. */
  regionCode: string;
}
