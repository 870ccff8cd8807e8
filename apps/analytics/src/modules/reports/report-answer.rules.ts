import { ValidationError, type FieldError } from '@birge/server-kit';
import { REPORT_LIMITS, ReportCommentRule, ReportFieldType } from '@birge/shared-reference';
import type { ReportFieldDefinition } from '../report-forms/report-form-definition';
import type { StoredAnswer, StoredAnswers, StoredPrefills } from './report-answer-values';
import { EMPTY_TEXT_MESSAGES, emptyTextReason } from './report-substance.rules';
import type { ReportAnswerInput } from './dto/report-answer.input';

/** The member of an answer its field's type uses. */
const MEMBER: Record<ReportFieldType, keyof StoredAnswer> = {
  [ReportFieldType.NUMBER]: 'number',
  [ReportFieldType.TEXT]: 'text',
  [ReportFieldType.CHOICE]: 'choices',
  [ReportFieldType.MULTI_CHOICE]: 'choices',
  [ReportFieldType.NEEDS]: 'needIds',
};

const MEMBERS = ['number', 'text', 'choices', 'needIds'] as const;

/** The answer's value, null when none (an empty text or list counts as none). */
export function valueOf(field: ReportFieldDefinition, answer: StoredAnswer | undefined): number | string | string[] | null {
  const value = answer?.[MEMBER[field.type]];
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value.trim() ? value : null;
  if (Array.isArray(value)) return value.length ? value : null;
  return value;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** True when a NUMBER answer differs from the figure it was pre-filled with. */
export function isOverridden(field: ReportFieldDefinition, answer: StoredAnswer | undefined, prefill: StoredPrefills): boolean {
  const filled = prefill[field.key];
  if (!filled || field.type !== ReportFieldType.NUMBER) return false;
  return !same(valueOf(field, answer), filled.figure);
}

/**
 * The answers after a draft save: each answer given replaces its field's (value and comment),
 * checked for shape only (the right member for the field's type, known choices, numbers a number
 * can be). Bounds, required fields and comments wait for submit, so nothing typed is refused
 * half-way. Every problem comes back at once (BAD_USER_INPUT, fields `answers.<i>.<member>`).
 */
export function applyAnswers(fields: readonly ReportFieldDefinition[], stored: StoredAnswers, inputs: readonly ReportAnswerInput[]): StoredAnswers {
  const problems: FieldError[] = [];
  const byKey = new Map(fields.map((field) => [field.key, field]));
  const next: StoredAnswers = { ...stored };
  const seen = new Set<string>();
  inputs.forEach((input, i) => {
    const at = `answers.${i}`;
    const field = byKey.get(input.fieldKey);
    if (!field) {
      problems.push({ field: `${at}.fieldKey`, code: 'UNKNOWN_FIELD', message: `"${input.fieldKey}" is not a field of the report's form version` });
      return;
    }
    if (seen.has(field.key)) problems.push({ field: `${at}.fieldKey`, code: 'DUPLICATE_FIELD', message: `"${field.key}" is answered twice` });
    seen.add(field.key);
    const member = MEMBER[field.type];
    for (const other of MEMBERS) {
      if (other !== member && input[other] !== undefined && input[other] !== null) {
        problems.push({ field: `${at}.${other}`, code: 'WRONG_TYPE', message: `field "${field.key}" is ${field.type}: answer it with ${member}` });
      }
    }
    if (field.type === ReportFieldType.NUMBER && typeof input.number === 'number' && (!Number.isFinite(input.number) || Math.abs(input.number) > REPORT_LIMITS.numberMaxAbs)) {
      problems.push({ field: `${at}.number`, code: 'OUT_OF_RANGE', message: `must be between -${REPORT_LIMITS.numberMaxAbs} and ${REPORT_LIMITS.numberMaxAbs}` });
    }
    if (input.choices) {
      const known = new Set(field.choices.map((choice) => choice.key));
      input.choices.forEach((choice, c) => {
        if (!known.has(choice)) problems.push({ field: `${at}.choices.${c}`, code: 'UNKNOWN_CHOICE', message: `"${choice}" is not a choice of field "${field.key}"` });
      });
      if (field.type === ReportFieldType.CHOICE && input.choices.length > 1)
        problems.push({ field: `${at}.choices`, code: 'ONE_CHOICE', message: `field "${field.key}" takes one choice` });
    }
    const comment = input.comment?.trim() || null;
    next[field.key] = { [member]: input[member] ?? null, comment };
  });
  if (problems.length) throw new ValidationError(problems);
  return next;
}

function commentNeeded(rule: ReportCommentRule, missing: boolean, changed: boolean): boolean {
  if (missing) return rule === ReportCommentRule.WHEN_MISSING || rule === ReportCommentRule.WHEN_MISSING_OR_CHANGED;
  if (changed) return rule === ReportCommentRule.WHEN_CHANGED || rule === ReportCommentRule.WHEN_MISSING_OR_CHANGED;
  return false;
}

function boundsProblem(field: ReportFieldDefinition, value: number | string | string[]): FieldError | null {
  const at = `answers.${field.key}`;
  const size = typeof value === 'number' ? value : typeof value === 'string' ? value.trim().length : value.length;
  const unit = typeof value === 'number' ? '' : typeof value === 'string' ? ' characters' : ' picked';
  if (field.type === ReportFieldType.NUMBER && field.integer && !Number.isInteger(value)) return { field: at, code: 'NOT_AN_INTEGER', message: 'must be a whole number' };
  if (field.type === ReportFieldType.CHOICE && Array.isArray(value) && value.length !== 1) return { field: at, code: 'ONE_CHOICE', message: 'takes exactly one choice' };
  if (field.min !== null && size < field.min) return { field: at, code: 'BELOW_MIN', message: `must be at least ${field.min}${unit} (got ${size})` };
  if (field.max !== null && size > field.max) return { field: at, code: 'ABOVE_MAX', message: `must be at most ${field.max}${unit} (got ${size})` };
  return null;
}

/**
 * Everything that stops a report from being submitted, every field at once: required answers
 * missing, or saying nothing (a required narrative judged on substance); values outside their
 * bounds; comments missing where the field's rule asks (a missing value, a value changed since the
 * last submission) and wherever a pre-filled figure was overridden. Paths are `answers.<fieldKey>`.
 */
export function submitProblems(fields: readonly ReportFieldDefinition[], answers: StoredAnswers, prefill: StoredPrefills, lastSubmitted: StoredAnswers | null): FieldError[] {
  const problems: FieldError[] = [];
  for (const field of fields) {
    const at = `answers.${field.key}`;
    const answer = answers[field.key];
    const value = valueOf(field, answer);
    const hasComment = Boolean(answer?.comment?.trim());
    if (field.type === ReportFieldType.TEXT && field.required) {
      const reason = emptyTextReason(typeof value === 'string' ? value : null, field.label);
      if (reason) problems.push({ field: at, code: reason === 'EMPTY' ? 'REQUIRED' : reason, message: EMPTY_TEXT_MESSAGES[reason] });
    } else if (value === null && field.required) {
      problems.push({ field: at, code: 'REQUIRED', message: 'is required' });
    }
    if (value !== null) {
      const bounds = boundsProblem(field, value);
      if (bounds) problems.push(bounds);
    }
    if (hasComment) continue;
    if (isOverridden(field, answer, prefill)) {
      problems.push({
        field: `${at}.comment`,
        code: 'OVERRIDE_NEEDS_COMMENT',
        message: `differs from the pre-filled figure (${prefill[field.key].figure ?? 'none'}): say why in a comment`,
      });
      continue;
    }
    const changed = lastSubmitted !== null && !same(value, valueOf(field, lastSubmitted[field.key]));
    if (commentNeeded(field.commentRule, value === null, changed)) {
      problems.push({
        field: `${at}.comment`,
        code: value === null ? 'MISSING_NEEDS_COMMENT' : 'CHANGE_NEEDS_COMMENT',
        message: value === null ? 'is left empty: say why in a comment' : 'changed since it was submitted: say why in a comment',
      });
    }
  }
  return problems;
}
