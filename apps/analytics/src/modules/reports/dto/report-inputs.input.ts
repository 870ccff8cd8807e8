import { REPORT_LIMITS } from '@birge/shared-reference';
import { ArrayMaxSize, IsInt, IsNotEmpty, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ReportAnswerInput } from './report-answer.input';

const COMMENT = REPORT_LIMITS.commentMaxLength;
const idRule = { message: 'is not a report id (a UUID)' };
const versionRule = { message: 'must be an integer' };

/** The report a step acts on, at the version the caller last read; the inputs below inherit its fields. */
@InputType({ description: 'The report a step acts on, at the version the caller last read.' })
abstract class ReportStepInput {
  @Field(() => ID, { description: 'The report.' })
  @IsUUID('all', idRule)
  id: string;

  @Field(() => Int, { description: 'The version you last read; a stale one is refused with CONFLICT (reason STALE_VERSION).' })
  @IsInt(versionRule)
  version: number;
}

@InputType({ description: "Opens a region's report on a form for a period: the existing one, or a new draft pre-filled with the region's figures." })
export class OpenReportInput {
  @Field(() => ID, { description: 'The form.' })
  @IsUUID('all', { message: 'is not a report form id (a UUID)' })
  formId: string;

  @Field(() => ID, { description: 'The region reporting (KATO code); regional staff open their own region only.' })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(20, { message: 'must be at most 20 characters' })
  regionCode: string;

  @Field({ description: "The period, of the form's period type (like 2026-Q1)." })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(10, { message: 'must be at most 10 characters' })
  period: string;
}

@InputType({ description: "Saves a draft as it goes: the answers given replace those fields' answers; the others stay. Nothing is checked for completeness until submit." })
export class SaveReportDraftInput extends ReportStepInput {
  @Field(() => [ReportAnswerInput], { description: 'The answers to save.' })
  @ArrayMaxSize(REPORT_LIMITS.fieldsMax, { message: `must list at most ${REPORT_LIMITS.fieldsMax} answers` })
  @ValidateNested({ each: true })
  answers: ReportAnswerInput[];

  @Field(() => Boolean, { nullable: true, description: 'Compute the pre-filled figures again first; answers that equal the old figure follow the new one. False when omitted.' })
  @IsOptional()
  refreshPrefill?: boolean | null;
}

@InputType({ description: 'Submits a report to the republican office.' })
export class SubmitReportInput extends ReportStepInput {}

@InputType({ description: "Returns a submitted report to its region, saying what to fix; the comment opens (or continues) the report's thread." })
export class ReturnReportInput extends ReportStepInput {
  @Field({ description: `What to fix (1 to ${COMMENT} characters).` })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(COMMENT, { message: `must be at most ${COMMENT} characters` })
  comment: string;
}

@InputType({ description: 'Accepts a submitted report: it is locked.' })
export class AcceptReportInput extends ReportStepInput {
  @Field(() => String, { nullable: true, description: `A closing word, kept in the history (at most ${COMMENT} characters).` })
  @IsOptional()
  @MaxLength(COMMENT, { message: `must be at most ${COMMENT} characters` })
  comment?: string | null;
}

@InputType({ description: 'Reopens an accepted report so its region may change and resubmit it; the reason is kept in its history and the audit trail.' })
export class ReopenReportInput extends ReportStepInput {
  @Field({ description: `Why it is reopened (1 to ${COMMENT} characters).` })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(COMMENT, { message: `must be at most ${COMMENT} characters` })
  reason: string;
}

@InputType({ description: "A message in a report's comment thread. It changes nothing else, so it needs no version." })
export class PostReportCommentInput {
  @Field(() => ID, { description: 'The report.' })
  @IsUUID('all', idRule)
  id: string;

  @Field({ description: `The message (1 to ${COMMENT} characters).` })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(COMMENT, { message: `must be at most ${COMMENT} characters` })
  text: string;

  @Field(() => String, { nullable: true, description: "A field of the report's form the message is about." })
  @IsOptional()
  @MaxLength(REPORT_LIMITS.fieldKeyMaxLength, { message: `must be at most ${REPORT_LIMITS.fieldKeyMaxLength} characters` })
  fieldKey?: string | null;
}
