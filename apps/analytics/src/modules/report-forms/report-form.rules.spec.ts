import { ReportFieldType } from '@birge/shared-reference';
import { ValidationError } from '@birge/server-kit';
import { checkRegions, checkSections } from './report-form.rules';
import type { ReportFieldInput } from './dto/report-field.input';

const label = { kk: 'Сұрақ', ru: 'Вопрос', en: 'Question' };
const number = (key: string, extra: Partial<ReportFieldInput> = {}): ReportFieldInput => ({ key, type: ReportFieldType.NUMBER, label, ...extra });

function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.fields.map((f) => `${f.field}:${f.code}`);
    throw error;
  }
  return [];
}

/** The problems of a design whose one section holds these fields. */
const fieldProblems = (fields: ReportFieldInput[]) => problems(() => checkSections([{ key: 's', title: label, fields }]));

describe('report form design', () => {
  it('stores a sound design with its defaults', () => {
    const [section] = checkSections([{ key: 'main', title: label, fields: [number('contacts', { prefillSource: 'CONTACTS_LOGGED', integer: true, min: 0 })] }]);
    expect(section.fields[0]).toEqual({
      key: 'contacts',
      type: 'NUMBER',
      label,
      help: null,
      required: false,
      min: 0,
      max: null,
      integer: true,
      choices: [],
      prefillSource: 'CONTACTS_LOGGED',
      commentRule: 'NONE',
    });
  });

  it('wants field keys unique across sections, and sections with fields', () => {
    expect(
      problems(() =>
        checkSections([
          { key: 'a', title: label, fields: [number('x')] },
          { key: 'a', title: label, fields: [number('x')] },
          { key: 'b', title: label, fields: [] },
        ]),
      ),
    ).toEqual(['sections.1.key:DUPLICATE_KEY', 'sections.1.fields.0.key:DUPLICATE_KEY', 'sections.2.fields:REQUIRED']);
    expect(problems(() => checkSections([]))).toEqual(['sections:REQUIRED']);
  });

  it('wants bounds that fit the type and each other', () => {
    const choice = { key: 'c', label };
    expect(
      fieldProblems([
        number('a', { min: 5, max: 1 }),
        number('b', { integer: true, min: 0.5 }),
        { key: 'c', type: ReportFieldType.CHOICE, label, choices: [choice], min: 1 },
        { key: 'd', type: ReportFieldType.MULTI_CHOICE, label, choices: [choice], min: 2 },
        { key: 'e', type: ReportFieldType.TEXT, label, min: -1, integer: true },
      ]),
    ).toEqual([
      'sections.0.fields.0.max:BOUNDS_INCONSISTENT',
      'sections.0.fields.1.min:NOT_AN_INTEGER',
      'sections.0.fields.2.min:NOT_FOR_TYPE',
      'sections.0.fields.3.min:BOUNDS_INCONSISTENT',
      'sections.0.fields.4.integer:NOT_FOR_TYPE',
      'sections.0.fields.4.min:NOT_A_COUNT',
    ]);
  });

  it('wants choices for choice fields only, each key once, and pre-fill sources it knows on numbers', () => {
    expect(
      fieldProblems([
        { key: 'a', type: ReportFieldType.MULTI_CHOICE, label, choices: [] },
        {
          key: 'b',
          type: ReportFieldType.CHOICE,
          label,
          choices: [
            { key: 'x', label },
            { key: 'x', label },
          ],
        },
        { key: 'c', type: ReportFieldType.NEEDS, label, choices: [{ key: 'x', label }] },
        number('d', { prefillSource: 'NOT_A_FIGURE' }),
        { key: 'e', type: ReportFieldType.TEXT, label, prefillSource: 'CONTACTS_LOGGED' },
      ]),
    ).toEqual([
      'sections.0.fields.0.choices:REQUIRED',
      'sections.0.fields.1.choices.1.key:DUPLICATE_KEY',
      'sections.0.fields.2.choices:NOT_FOR_TYPE',
      'sections.0.fields.3.prefillSource:UNKNOWN_PREFILL_SOURCE',
      'sections.0.fields.4.prefillSource:NOT_FOR_TYPE',
    ]);
  });

  it('expects all twenty regions by default, known regions once otherwise, in the reference order', () => {
    expect(checkRegions(undefined)).toHaveLength(20);
    expect(checkRegions(['750000000', '100000000'])).toEqual(['100000000', '750000000']);
    expect(problems(() => checkRegions(['100000000', '100000000', '999']))).toEqual(['regionCodes.1:DUPLICATE_REGION', 'regionCodes.2:UNKNOWN_REGION']);
  });
});
