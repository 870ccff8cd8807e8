import { OptionalTextField } from '@birge/server-kit';
import { REPORT_LIMITS } from '@birge/shared-reference';
import { ArrayMaxSize, IsNotEmpty, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, Float, InputType } from 'type-graphql';
import { ReportCommentRule, ReportFieldType } from '../report-enums';
import { ReportLabelInput } from './report-label.input';

@InputType({ description: 'A choice of a CHOICE or MULTI_CHOICE field.' })
export class ReportChoiceInput {
  @Field({ description: 'The value stored in answers: lower-case letters, digits and underscores, unique in the field.' })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(REPORT_LIMITS.fieldKeyMaxLength, { message: `must be at most ${REPORT_LIMITS.fieldKeyMaxLength} characters` })
  key: string;

  @Field(() => ReportLabelInput, { description: 'What the front office reads.' })
  @ValidateNested()
  label: ReportLabelInput;
}

@InputType({ description: 'A field of a report form. Checked as a whole on save: every problem comes back at once, each naming its field.' })
export class ReportFieldInput {
  @Field({ description: 'The key answers name the field by: lower-case letters, digits and underscores, unique in the form.' })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(REPORT_LIMITS.fieldKeyMaxLength, { message: `must be at most ${REPORT_LIMITS.fieldKeyMaxLength} characters` })
  key: string;

  @Field(() => ReportFieldType, { description: 'What the field asks for.' })
  type: ReportFieldType;

  @Field(() => ReportLabelInput, { description: 'The question.' })
  @ValidateNested()
  label: ReportLabelInput;

  @Field(() => ReportLabelInput, { nullable: true, description: 'A hint shown under the question.' })
  @IsOptional()
  @ValidateNested()
  help?: ReportLabelInput | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether a report may be submitted without an answer; false when omitted.' })
  @IsOptional()
  required?: boolean | null;

  @Field(() => Float, { nullable: true, description: 'NUMBER: the smallest value; TEXT: the fewest characters; MULTI_CHOICE and NEEDS: the fewest picked. Not for CHOICE.' })
  @IsOptional()
  min?: number | null;

  @Field(() => Float, { nullable: true, description: 'NUMBER: the largest value; TEXT: the most characters; MULTI_CHOICE and NEEDS: the most picked. Not for CHOICE.' })
  @IsOptional()
  max?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'NUMBER only: whole numbers only; false when omitted.' })
  @IsOptional()
  integer?: boolean | null;

  @Field(() => [ReportChoiceInput], { nullable: true, description: `CHOICE and MULTI_CHOICE: 1 to ${REPORT_LIMITS.choicesMax} choices; not for other types.` })
  @IsOptional()
  @ArrayMaxSize(REPORT_LIMITS.choicesMax, { message: `must list at most ${REPORT_LIMITS.choicesMax} choices` })
  @ValidateNested({ each: true })
  choices?: ReportChoiceInput[] | null;

  @OptionalTextField(60, 'NUMBER only: the key of a pre-fill source (see reportPrefillSources).')
  prefillSource?: string | null;

  @Field(() => ReportCommentRule, { nullable: true, description: 'When the answer needs a comment; NONE when omitted.' })
  @IsOptional()
  commentRule?: ReportCommentRule | null;
}

@InputType({ description: 'A section of a report form with its fields.' })
export class ReportSectionInput {
  @Field({ description: 'The key of the section: lower-case letters, digits and underscores, unique in the form.' })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(REPORT_LIMITS.fieldKeyMaxLength, { message: `must be at most ${REPORT_LIMITS.fieldKeyMaxLength} characters` })
  key: string;

  @Field(() => ReportLabelInput, { description: 'The title of the section.' })
  @ValidateNested()
  title: ReportLabelInput;

  @Field(() => [ReportFieldInput], { description: `The fields, in order (at most ${REPORT_LIMITS.fieldsMax} in the whole form).` })
  @ArrayMaxSize(REPORT_LIMITS.fieldsMax, { message: `must list at most ${REPORT_LIMITS.fieldsMax} fields` })
  @ValidateNested({ each: true })
  fields: ReportFieldInput[];
}
