import { REPORT_LIMITS } from '@birge/shared-reference';
import { ListSize } from '@birge/server-kit';
import { Field, Float, ObjectType } from 'type-graphql';
import { ReportPrefillSource } from '../reports/prefill/report-prefill-source.type';
import { ReportCommentRule, ReportFieldType } from './report-enums';
import { ReportLabel } from './report-label.type';

@ObjectType({ description: 'A choice of a CHOICE or MULTI_CHOICE field.' })
export class ReportFieldChoice {
  @Field({ description: 'The value stored in answers (unique in the field).' })
  key: string;

  @Field(() => ReportLabel, { description: 'What the front office reads.' })
  label: ReportLabel;
}

@ObjectType({ description: 'A field of a report form: what it asks, its type and the rules its answer follows on submit.' })
export class ReportFormField {
  @Field({ description: 'The key answers name the field by, unique in the form (lower-case letters, digits, underscores).' })
  key: string;

  @Field({ description: 'The key of the section the field belongs to.' })
  sectionKey: string;

  @Field(() => ReportFieldType, { description: 'What the field asks for.' })
  type: ReportFieldType;

  @Field(() => ReportLabel, { description: 'The question.' })
  label: ReportLabel;

  @Field(() => ReportLabel, { nullable: true, description: 'A hint shown under the question; null when there is none.' })
  help: ReportLabel | null;

  @Field({ description: 'Whether a report may be submitted without an answer. A required TEXT answer must also say something (placeholders are refused).' })
  required: boolean;

  @Field(() => Float, {
    nullable: true,
    description: 'NUMBER: the smallest value allowed; TEXT: the fewest characters; MULTI_CHOICE and NEEDS: the fewest picked. Null: no bound.',
  })
  min: number | null;

  @Field(() => Float, { nullable: true, description: 'NUMBER: the largest value allowed; TEXT: the most characters; MULTI_CHOICE and NEEDS: the most picked. Null: no bound.' })
  max: number | null;

  @Field({ description: 'NUMBER only: whether the value must be a whole number.' })
  integer: boolean;

  @ListSize(REPORT_LIMITS.choicesMax)
  @Field(() => [ReportFieldChoice], { description: 'CHOICE and MULTI_CHOICE: the choices, in order; empty for other types.' })
  choices: ReportFieldChoice[];

  @Field(() => ReportPrefillSource, { nullable: true, description: 'NUMBER only: the figure Birge pre-fills the answer with; null when the region types it in.' })
  prefillSource: ReportPrefillSource | null;

  @Field(() => ReportCommentRule, { description: 'When the answer needs a comment. Overriding a pre-filled figure always does.' })
  commentRule: ReportCommentRule;
}

@ObjectType({ description: "A section of a report form: a titled group of fields (the form's fields name their section by its key)." })
export class ReportFormSection {
  @Field({ description: 'The key of the section, unique in the form.' })
  key: string;

  @Field(() => ReportLabel, { description: 'The title of the section.' })
  title: ReportLabel;
}
