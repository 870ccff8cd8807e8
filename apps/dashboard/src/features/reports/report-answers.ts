import type { ReportAnswerInput, ReportFieldsFragment, ReportFormFieldFieldsFragment } from '../../gql/graphql';
import type { FieldError } from '../../errors/graphql-errors';

export type ReportField = ReportFormFieldFieldsFragment;
export type ReportAnswer = ReportFieldsFragment['answers'][number];

/** An answer as the front office types it: numbers as text until saved, so "1," is not lost. */
export interface AnswerDraft {
  number: string;
  text: string;
  choices: string[];
  needIds: string[];
  comment: string;
}

export function draftFromAnswer(answer: ReportAnswer | undefined): AnswerDraft {
  return {
    number: answer?.number === null || answer?.number === undefined ? '' : String(answer.number),
    text: answer?.text ?? '',
    choices: answer?.choices ?? [],
    needIds: answer?.needIds ?? [],
    comment: answer?.comment ?? '',
  };
}

/** The number typed, or null when empty or not a number (a comma is a decimal point too). */
export function typedNumber(value: string): number | null {
  const trimmed = value.trim().replace(',', '.');
  if (trimmed === '') return null;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : null;
}

/** The answer as saveReportDraft takes it: the member of the field's type and the comment. */
export function answerInput(field: ReportField, draft: AnswerDraft): ReportAnswerInput {
  const input: ReportAnswerInput = { fieldKey: field.key, comment: draft.comment.trim() ? draft.comment : null };
  if (field.type === 'NUMBER') input.number = typedNumber(draft.number);
  else if (field.type === 'TEXT') input.text = draft.text.trim() ? draft.text : null;
  else if (field.type === 'NEEDS') input.needIds = draft.needIds.length > 0 ? draft.needIds : null;
  else input.choices = draft.choices.length > 0 ? draft.choices : null;
  return input;
}

/** Whether the typed number differs from the pre-filled figure: then it needs a comment (the API's rule). */
export function overridesPrefill(answer: ReportAnswer | undefined, draft: AnswerDraft): boolean {
  const figure = answer?.prefill?.figure;
  if (figure === null || figure === undefined) return false;
  const typed = typedNumber(draft.number);
  return typed !== figure;
}

/** The API's submit problems by field key (`answers.<key>`, `answers.<key>.comment`, `answers.<key>.needIds`). */
export function problemsByField(errors: readonly FieldError[]): Record<string, FieldError[]> {
  const grouped: Record<string, FieldError[]> = {};
  for (const error of errors) {
    const [root, key] = error.field.split('.');
    if (root === 'answers' && key) (grouped[key] ??= []).push(error);
  }
  return grouped;
}
