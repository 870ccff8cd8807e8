import { ValidationError, type FieldError } from '@birge/server-kit';
import { findRegion, REGIONS, REPORT_LIMITS, ReportCommentRule, ReportFieldType, type LocalizedText } from '@birge/shared-reference';
import { findPrefillSource } from '../reports/prefill/prefill-sources';
import type { ReportFieldDefinition, ReportSectionDefinition } from './report-form-definition';
import type { ReportFieldInput, ReportSectionInput } from './dto/report-field.input';
import type { ReportLabelInput } from './dto/report-label.input';

const KEY = /^[a-z][a-z0-9_]*$/;

/** Collects every problem of a design, each naming its field path, so the designer fixes them all at once. */
class Problems {
  readonly list: FieldError[] = [];
  add(field: string, code: string, message: string): void {
    this.list.push({ field, code, message });
  }
}

function label(value: ReportLabelInput | null | undefined, path: string, max: number, problems: Problems): LocalizedText | null {
  if (!value) return null;
  const out = { kk: value.kk.trim(), ru: value.ru.trim(), en: value.en.trim() };
  for (const lang of ['kk', 'ru', 'en'] as const) {
    if (!out[lang]) problems.add(`${path}.${lang}`, 'REQUIRED', 'is required: the form is shown in Kazakh, Russian and English');
    else if (out[lang].length > max) problems.add(`${path}.${lang}`, 'TOO_LONG', `must be at most ${max} characters`);
  }
  return out;
}

function key(value: string, path: string, problems: Problems): string {
  const trimmed = value.trim();
  if (!KEY.test(trimmed)) problems.add(path, 'INVALID_KEY', `must start with a lower-case letter and hold only lower-case letters, digits and underscores (got "${value}")`);
  return trimmed;
}

function bounds(field: ReportFieldInput, path: string, problems: Problems): void {
  const { min, max } = field;
  const has = (v: number | null | undefined): v is number => v !== null && v !== undefined;
  for (const [name, v] of [
    ['min', min],
    ['max', max],
  ] as const) {
    if (!has(v)) continue;
    if (!Number.isFinite(v) || Math.abs(v) > REPORT_LIMITS.numberMaxAbs)
      problems.add(`${path}.${name}`, 'OUT_OF_RANGE', `must be a number between -${REPORT_LIMITS.numberMaxAbs} and ${REPORT_LIMITS.numberMaxAbs}`);
    if (field.type === ReportFieldType.CHOICE) problems.add(`${path}.${name}`, 'NOT_FOR_TYPE', 'a CHOICE field picks exactly one choice: it has no bounds');
    if (field.type !== ReportFieldType.NUMBER && (v < 0 || !Number.isInteger(v)))
      problems.add(`${path}.${name}`, 'NOT_A_COUNT', `counts ${field.type === ReportFieldType.TEXT ? 'characters' : 'picks'}: must be a whole number, 0 or more`);
    if (field.type === ReportFieldType.NUMBER && field.integer && !Number.isInteger(v))
      problems.add(`${path}.${name}`, 'NOT_AN_INTEGER', 'must be a whole number: the field takes whole numbers');
  }
  if (has(min) && has(max) && min > max) problems.add(`${path}.max`, 'BOUNDS_INCONSISTENT', `must be at least min (${min})`);
  const choices = field.choices?.length ?? 0;
  if (field.type === ReportFieldType.MULTI_CHOICE && has(min) && min > choices)
    problems.add(`${path}.min`, 'BOUNDS_INCONSISTENT', `asks to pick ${min} of only ${choices} choices`);
  if (field.type === ReportFieldType.NEEDS && has(max) && max > REPORT_LIMITS.needsPerFieldMax)
    problems.add(`${path}.max`, 'OUT_OF_RANGE', `must be at most ${REPORT_LIMITS.needsPerFieldMax}`);
  if (field.type === ReportFieldType.TEXT && has(max) && max > REPORT_LIMITS.textAnswerMaxLength)
    problems.add(`${path}.max`, 'OUT_OF_RANGE', `must be at most ${REPORT_LIMITS.textAnswerMaxLength}`);
}

function choicesOf(field: ReportFieldInput, path: string, problems: Problems) {
  const isChoice = field.type === ReportFieldType.CHOICE || field.type === ReportFieldType.MULTI_CHOICE;
  const given = field.choices ?? [];
  if (!isChoice) {
    if (given.length) problems.add(`${path}.choices`, 'NOT_FOR_TYPE', `a ${field.type} field has no choices`);
    return [];
  }
  if (!given.length) problems.add(`${path}.choices`, 'REQUIRED', `a ${field.type} field needs at least one choice`);
  const seen = new Set<string>();
  return given.map((choice, i) => {
    const k = key(choice.key, `${path}.choices.${i}.key`, problems);
    if (seen.has(k)) problems.add(`${path}.choices.${i}.key`, 'DUPLICATE_KEY', `choice "${k}" is listed twice`);
    seen.add(k);
    return { key: k, label: label(choice.label, `${path}.choices.${i}.label`, REPORT_LIMITS.labelMaxLength, problems) as LocalizedText };
  });
}

function fieldOf(field: ReportFieldInput, path: string, keys: Set<string>, problems: Problems): ReportFieldDefinition {
  const k = key(field.key, `${path}.key`, problems);
  if (keys.has(k)) problems.add(`${path}.key`, 'DUPLICATE_KEY', `field "${k}" already exists in the form: keys are unique across sections`);
  keys.add(k);
  const isNumber = field.type === ReportFieldType.NUMBER;
  if (field.integer && !isNumber) problems.add(`${path}.integer`, 'NOT_FOR_TYPE', 'only a NUMBER field can take whole numbers only');
  const source = field.prefillSource?.trim() || null;
  if (source && !isNumber) problems.add(`${path}.prefillSource`, 'NOT_FOR_TYPE', 'only a NUMBER field can be pre-filled');
  else if (source && !findPrefillSource(source)) problems.add(`${path}.prefillSource`, 'UNKNOWN_PREFILL_SOURCE', `"${source}" is not a pre-fill source: see reportPrefillSources`);
  bounds(field, path, problems);
  return {
    key: k,
    type: field.type,
    label: label(field.label, `${path}.label`, REPORT_LIMITS.labelMaxLength, problems) as LocalizedText,
    help: label(field.help, `${path}.help`, REPORT_LIMITS.helpMaxLength, problems),
    required: field.required ?? false,
    min: field.min ?? null,
    max: field.max ?? null,
    integer: isNumber && (field.integer ?? false),
    choices: choicesOf(field, path, problems),
    prefillSource: isNumber ? source : null,
    commentRule: field.commentRule ?? ReportCommentRule.NONE,
  };
}

/**
 * A form's sections as stored, or BAD_USER_INPUT listing every problem (extensions.fields, each
 * with the path of the wrong field, e.g. `sections.1.fields.0.max`, and a code): keys unique and
 * well formed, labels in the three languages, choices for choice fields and only for them,
 * consistent bounds, known pre-fill sources on NUMBER fields only.
 */
export function checkSections(sections: readonly ReportSectionInput[], path = 'sections'): ReportSectionDefinition[] {
  const problems = new Problems();
  if (!sections.length) problems.add(path, 'REQUIRED', 'a form needs at least one section');
  const sectionKeys = new Set<string>();
  const fieldKeys = new Set<string>();
  let fieldCount = 0;
  const out = sections.map((section, s) => {
    const at = `${path}.${s}`;
    const k = key(section.key, `${at}.key`, problems);
    if (sectionKeys.has(k)) problems.add(`${at}.key`, 'DUPLICATE_KEY', `section "${k}" is listed twice`);
    sectionKeys.add(k);
    if (!section.fields.length) problems.add(`${at}.fields`, 'REQUIRED', 'a section needs at least one field');
    fieldCount += section.fields.length;
    return {
      key: k,
      title: label(section.title, `${at}.title`, REPORT_LIMITS.labelMaxLength, problems) as LocalizedText,
      fields: section.fields.map((field, f) => fieldOf(field, `${at}.fields.${f}`, fieldKeys, problems)),
    };
  });
  if (fieldCount > REPORT_LIMITS.fieldsMax) problems.add(path, 'TOO_MANY_FIELDS', `a form holds at most ${REPORT_LIMITS.fieldsMax} fields (got ${fieldCount})`);
  if (problems.list.length) throw new ValidationError(problems.list);
  return out;
}

/** The form's title or description, trimmed, or BAD_USER_INPUT naming the language that is wrong. */
export function checkLabel(value: ReportLabelInput, path: string, max: number): LocalizedText {
  const problems = new Problems();
  const out = label(value, path, max, problems) as LocalizedText;
  if (problems.list.length) throw new ValidationError(problems.list);
  return out;
}

/** The regions expected to report: all 20 when none are given; each a known region, once. */
export function checkRegions(codes: readonly string[] | null | undefined, path = 'regionCodes'): string[] {
  if (!codes) return REGIONS.map((region) => region.code);
  const problems = new Problems();
  if (!codes.length) problems.add(path, 'REQUIRED', 'a form expects at least one region');
  const seen = new Set<string>();
  codes.forEach((code, i) => {
    if (!findRegion(code)) problems.add(`${path}.${i}`, 'UNKNOWN_REGION', `is not a region code (got "${code}")`);
    if (seen.has(code)) problems.add(`${path}.${i}`, 'DUPLICATE_REGION', `region ${code} is listed twice`);
    seen.add(code);
  });
  if (problems.list.length) throw new ValidationError(problems.list);
  // Kept in the reference order, so every list of the form reads the same way.
  return REGIONS.map((region) => region.code).filter((code) => seen.has(code));
}
