import { REPORT_LIMITS } from '@birge/shared-reference';
import { ArrayMaxSize, ArrayUnique, IsNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';

@InputType({
  description:
    "A field's answer to save: it replaces the stored answer of that field (value and comment); leave a value out to clear it. Give the member " +
    "of the field's type: number (NUMBER), text (TEXT), choices (one for CHOICE, several for MULTI_CHOICE) or needIds (NEEDS).",
})
export class ReportAnswerInput {
  @Field({ description: "The field's key in the report's form version." })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(REPORT_LIMITS.fieldKeyMaxLength, { message: `must be at most ${REPORT_LIMITS.fieldKeyMaxLength} characters` })
  fieldKey: string;

  @Field(() => Float, { nullable: true, description: 'NUMBER: the value.' })
  @IsOptional()
  number?: number | null;

  @Field(() => String, { nullable: true, description: `TEXT: the answer (at most ${REPORT_LIMITS.textAnswerMaxLength} characters).` })
  @IsOptional()
  @MaxLength(REPORT_LIMITS.textAnswerMaxLength, { message: `must be at most ${REPORT_LIMITS.textAnswerMaxLength} characters` })
  text?: string | null;

  @Field(() => [String], { nullable: true, description: 'CHOICE and MULTI_CHOICE: the keys of the choices picked, each once.' })
  @IsOptional()
  @ArrayMaxSize(REPORT_LIMITS.choicesMax, { message: `must list at most ${REPORT_LIMITS.choicesMax} choices` })
  @ArrayUnique(undefined, { message: 'must not pick a choice twice' })
  choices?: string[] | null;

  @Field(() => [ID], { nullable: true, description: `NEEDS: ids of entries of the region's needs register, each once (at most ${REPORT_LIMITS.needsPerFieldMax}).` })
  @IsOptional()
  @ArrayMaxSize(REPORT_LIMITS.needsPerFieldMax, { message: `must list at most ${REPORT_LIMITS.needsPerFieldMax} needs` })
  @ArrayUnique(undefined, { message: 'must not list a need twice' })
  @IsUUID('all', { each: true, message: 'must list need ids (UUIDs)' })
  needIds?: string[] | null;

  @Field(() => String, { nullable: true, description: `Why the value is missing or differs from the pre-filled figure (at most ${REPORT_LIMITS.commentMaxLength} characters).` })
  @IsOptional()
  @MaxLength(REPORT_LIMITS.commentMaxLength, { message: `must be at most ${REPORT_LIMITS.commentMaxLength} characters` })
  comment?: string | null;
}
