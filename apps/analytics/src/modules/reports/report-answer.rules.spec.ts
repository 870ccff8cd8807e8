import { ReportCommentRule, ReportFieldType } from '@birge/shared-reference';
import { ValidationError } from '@birge/server-kit';
import type { ReportFieldDefinition } from '../report-forms/report-form-definition';
import { applyAnswers, isOverridden, submitProblems } from './report-answer.rules';

const label = { kk: 'Сұрақ', ru: 'Вопрос', en: 'Question' };
function field(key: string, type: ReportFieldType, extra: Partial<ReportFieldDefinition> = {}): ReportFieldDefinition {
  return { key, type, label, help: null, required: false, min: null, max: null, integer: false, choices: [], prefillSource: null, commentRule: ReportCommentRule.NONE, ...extra };
}

const FIELDS = [
  field('contacts', ReportFieldType.NUMBER, { prefillSource: 'CONTACTS_LOGGED', integer: true }),
  field('events', ReportFieldType.NUMBER, { min: 0, max: 10, commentRule: ReportCommentRule.WHEN_MISSING_OR_CHANGED }),
  field('story', ReportFieldType.TEXT, { required: true }),
  field('mood', ReportFieldType.CHOICE, {
    choices: [
      { key: 'good', label },
      { key: 'bad', label },
    ],
    required: true,
  }),
  field('topics', ReportFieldType.MULTI_CHOICE, {
    choices: [
      { key: 'a', label },
      { key: 'b', label },
    ],
    min: 1,
  }),
];
const STORY = 'Өңірде үш жаңа бастамашыл топ құрылды, әкімдікпен кездесу өтті.';
const prefill = { contacts: { source: 'CONTACTS_LOGGED', figure: 12, computedAt: '2026-01-01T00:00:00Z' } };

function codes(error: unknown): string[] {
  return (error as ValidationError).fields.map((f) => `${f.field}:${f.code}`);
}

describe('report answers', () => {
  it('saves a draft answer by answer, replacing value and comment, and keeps the others', () => {
    const stored = { contacts: { number: 12 }, story: { text: 'draft' } };
    const next = applyAnswers(FIELDS, stored, [{ fieldKey: 'story', text: STORY, comment: '  ' }]);
    expect(next).toEqual({ contacts: { number: 12 }, story: { text: STORY, comment: null } });
  });

  it('refuses answers of the wrong shape, every one at once', () => {
    let error: unknown;
    try {
      applyAnswers(FIELDS, {}, [
        { fieldKey: 'events', text: 'four' },
        { fieldKey: 'mood', choices: ['good', 'bad'] },
        { fieldKey: 'topics', choices: ['zzz'] },
        { fieldKey: 'events', number: Number.POSITIVE_INFINITY },
      ]);
    } catch (e) {
      error = e;
    }
    expect(codes(error)).toEqual([
      'answers.0.text:WRONG_TYPE',
      'answers.1.choices:ONE_CHOICE',
      'answers.2.choices.0:UNKNOWN_CHOICE',
      'answers.3.fieldKey:DUPLICATE_FIELD',
      'answers.3.number:OUT_OF_RANGE',
    ]);
  });

  it('finds nothing to stop a complete report', () => {
    const answers = { contacts: { number: 12 }, events: { number: 3, comment: 'Үш іс-шара' }, story: { text: STORY }, mood: { choices: ['good'] }, topics: { choices: ['a'] } };
    expect(submitProblems(FIELDS, answers, prefill, null)).toEqual([]);
  });

  it('lists required, bounds, substance and comment problems of a submission together', () => {
    const answers = { contacts: { number: 15 }, events: { number: 11 }, story: { text: 'n/a' }, topics: { choices: [] } };
    expect(submitProblems(FIELDS, answers, prefill, null).map((p) => `${p.field}:${p.code}`)).toEqual([
      'answers.contacts.comment:OVERRIDE_NEEDS_COMMENT',
      'answers.events:ABOVE_MAX',
      'answers.story:PLACEHOLDER',
      'answers.mood:REQUIRED',
    ]);
  });

  it('asks for a comment when a value is missing, or changed since the last submission, as the field says', () => {
    const base = { contacts: { number: 12 }, story: { text: STORY }, mood: { choices: ['good'] }, topics: { choices: ['a'] } };
    expect(submitProblems(FIELDS, base, prefill, null).map((p) => p.code)).toEqual(['MISSING_NEEDS_COMMENT']);
    const submitted = { ...base, events: { number: 3, comment: 'ok' } };
    const changed = { ...base, events: { number: 4 } };
    expect(submitProblems(FIELDS, changed, prefill, submitted).map((p) => p.code)).toEqual(['CHANGE_NEEDS_COMMENT']);
    expect(submitProblems(FIELDS, { ...changed, events: { number: 4, comment: 'Бір іс-шара кейін тіркелді' } }, prefill, submitted)).toEqual([]);
  });

  it('tells an overridden pre-filled figure from one kept', () => {
    expect(isOverridden(FIELDS[0], { number: 12 }, prefill)).toBe(false);
    expect(isOverridden(FIELDS[0], { number: 11 }, prefill)).toBe(true);
    expect(isOverridden(FIELDS[0], undefined, prefill)).toBe(true);
    expect(isOverridden(FIELDS[1], { number: 11 }, prefill)).toBe(false);
  });
});
