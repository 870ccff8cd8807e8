import { ABAI, STAFF_ID } from '../../testing/fixtures';

export const REPORT_ID = '7e1d2c3b-4a59-4687-9123-456789abcdef';
export const FORM_ID = '3f2e1d0c-9b8a-4765-8432-10fedcba9876';

const label = (kk: string, ru: string, en: string) => ({ __typename: 'ReportLabel', kk, ru, en });

const SOURCE = {
  __typename: 'ReportPrefillSource',
  key: 'contacts_logged',
  label: label('Тіркелген байланыстар', 'Зарегистрированные контакты', 'Contacts logged'),
  description: label('Кезеңде тіркелген байланыстар саны', 'Число контактов за период', 'Contacts logged in the period'),
};

const field = (overrides: Record<string, unknown>) => ({
  __typename: 'ReportFormField',
  sectionKey: 'main',
  help: null,
  required: false,
  min: null,
  max: null,
  integer: false,
  choices: [],
  prefillSource: null,
  commentRule: 'NONE',
  ...overrides,
});

export const REPORT_FIELDS = [
  field({ key: 'contacts', type: 'NUMBER', label: label('Байланыстар', 'Контакты', 'Contacts'), required: true, integer: true, prefillSource: SOURCE }),
  field({ key: 'narrative', type: 'TEXT', label: label('Тоқсан қалай өтті', 'Как прошёл квартал', 'How the quarter went'), required: true }),
  field({
    key: 'topics',
    type: 'MULTI_CHOICE',
    label: label('Тақырыптар', 'Темы', 'Topics'),
    choices: [
      { __typename: 'ReportFieldChoice', key: 'youth', label: label('Жастар', 'Молодёжь', 'Youth') },
      { __typename: 'ReportFieldChoice', key: 'elderly', label: label('Қарттар', 'Пожилые', 'The elderly') },
    ],
  }),
];

const answer = (fieldKey: string, type: string, overrides: Record<string, unknown> = {}) => ({
  __typename: 'ReportAnswer',
  fieldKey,
  type,
  number: null,
  text: null,
  choices: null,
  needIds: null,
  comment: null,
  personalDataHidden: null,
  overridden: false,
  prefill: null,
  ...overrides,
});

export const PREFILL = { __typename: 'ReportPrefill', figure: 12, computedAt: '2026-10-01T04:00:00.000Z', source: SOURCE };

/** A report as the page's query returns it: a draft of Abai region for 2026-Q3; `overrides` change any field. */
export function reportData(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Report',
    id: REPORT_ID,
    formId: FORM_ID,
    formVersion: 1,
    regionCode: ABAI.code,
    region: { __typename: 'Region', code: ABAI.code, name: ABAI.name },
    periodType: 'QUARTER',
    period: '2026-Q3',
    periodStart: '2026-07-01',
    periodEnd: '2026-09-30',
    dueOn: '2026-10-15',
    status: 'DRAFT',
    locked: false,
    overdue: false,
    submittedOnTime: null,
    submissionCount: 0,
    firstSubmittedAt: null,
    lastSubmittedAt: null,
    acceptedAt: null,
    updatedAt: '2026-10-01T04:00:00.000Z',
    version: 1,
    form: { __typename: 'ReportForm', id: FORM_ID, title: label('Тоқсандық есеп', 'Квартальный отчёт', 'Quarterly report') },
    sections: [{ __typename: 'ReportFormSection', key: 'main', title: label('Негізгі', 'Основное', 'Main') }],
    fields: REPORT_FIELDS,
    answers: [answer('contacts', 'NUMBER', { number: 12, prefill: PREFILL }), answer('narrative', 'TEXT'), answer('topics', 'MULTI_CHOICE')],
    history: [
      {
        __typename: 'ReportHistoryStep',
        id: 'h1',
        action: 'OPENED',
        fromStatus: null,
        toStatus: 'DRAFT',
        comment: null,
        personalDataHidden: null,
        actorId: STAFF_ID,
        at: '2026-10-01T04:00:00.000Z',
      },
    ],
    comments: [],
    ...overrides,
  };
}

export { answer as reportAnswer, label as reportLabel };
