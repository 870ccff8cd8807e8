import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { regionOptionsMock } from '../../testing/fixtures';
import { badUserInput } from '../../testing/forms';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { FORM_ID, reportLabel } from '../reports/reports-testing';
import { NewReportFormPage } from './form-designer-page';
import { CreateReportFormMutation, ReportPrefillSourcesQuery } from './report-forms.graphql';

const sourcesMock: Mocks[number] = {
  request: { query: ReportPrefillSourcesQuery },
  result: {
    data: {
      reportPrefillSources: [
        {
          __typename: 'ReportPrefillSource',
          key: 'contacts_logged',
          label: reportLabel('Тіркелген байланыстар', 'Зарегистрированные контакты', 'Contacts logged'),
          description: reportLabel('Кезеңдегі байланыстар', 'Контакты за период', 'Contacts logged in the period'),
        },
      ],
    },
  },
};

const TITLE = { kk: 'Тоқсандық есеп', ru: 'Квартальный отчёт', en: 'Quarterly report' };
const QUESTION = { kk: 'Байланыстар', ru: 'Контакты', en: 'Contacts' };
const SECTION = { kk: 'Негізгі', ru: 'Основное', en: 'Main' };

const input = (sectionTitle: typeof SECTION | { kk: string; ru: string; en: string }, max: number) => ({
  title: TITLE,
  periodType: 'QUARTER',
  dueDays: 15,
  onTimeWindowDays: 0,
  sections: [
    {
      key: 'section_1',
      title: sectionTitle,
      fields: [
        { key: 'contacts', type: 'NUMBER', label: QUESTION, required: true, commentRule: 'WHEN_MISSING_OR_CHANGED', min: 0, max, integer: true, prefillSource: 'contacts_logged' },
      ],
    },
  ],
});

function fillLabel(scope: HTMLElement, label: string, text: { kk: string; ru: string; en: string }) {
  fireEvent.change(within(scope).getByLabelText(`${label} (Қазақша)`), { target: { value: text.kk } });
  fireEvent.change(within(scope).getByLabelText(`${label} (Русский)`), { target: { value: text.ru } });
  fireEvent.change(within(scope).getByLabelText(`${label} (English)`), { target: { value: text.en } });
}

describe('the form designer', () => {
  it('sends the design, shows the coded errors next to the fields they name, and opens the created form', async () => {
    const refusal = badUserInput(
      { field: 'input.sections.0.title.kk', code: 'REQUIRED', message: 'is required' },
      { field: 'input.sections.0.fields.0.max', code: 'BOUNDS_INCONSISTENT', message: 'must be at least min (0)' },
    );
    const stored = {
      __typename: 'ReportForm',
      id: FORM_ID,
      title: reportLabel(TITLE.kk, TITLE.ru, TITLE.en),
      description: null,
      periodType: 'QUARTER',
      firstPeriod: '2026-Q4',
      regionCodes: ['100000000'],
      dueDays: 15,
      onTimeWindowDays: 0,
      version: 1,
      revision: 1,
      createdAt: '2026-10-01T04:00:00.000Z',
      updatedAt: '2026-10-01T04:00:00.000Z',
      sections: [{ __typename: 'ReportFormSection', key: 'section_1', title: reportLabel(SECTION.kk, SECTION.ru, SECTION.en) }],
      fields: [],
      versions: [{ __typename: 'ReportFormVersion', version: 1, createdAt: '2026-10-01T04:00:00.000Z', createdBy: 'admin' }],
    };
    const created = jest.fn(() => ({ data: { createReportForm: stored } }));
    window.location.hash = '#/report-forms/new';
    renderWithProviders(<NewReportFormPage />, {
      mocks: [
        sourcesMock,
        regionOptionsMock(),
        { request: { query: CreateReportFormMutation, variables: { input: input({ kk: '', ru: '', en: '' }, -1) } }, result: { errors: [refusal] } },
        { request: { query: CreateReportFormMutation, variables: { input: input(SECTION, 5000) } }, result: created },
      ],
      locale: 'en',
    });
    const designer = await screen.findByTestId('report-form-designer');
    fillLabel(designer, 'Title', TITLE);
    const field = screen.getByTestId('designer-field-sections.0.fields.0');
    fireEvent.change(within(field).getByLabelText('Field key'), { target: { value: 'contacts' } });
    fillLabel(field, 'Question', QUESTION);
    fireEvent.click(within(field).getByLabelText('Required'));
    fireEvent.change(within(field).getByLabelText('Smallest value'), { target: { value: '0' } });
    fireEvent.change(within(field).getByLabelText('Largest value'), { target: { value: '-1' } });
    fireEvent.click(within(field).getByLabelText('Whole numbers only'));
    await waitFor(() => expect(within(field).getAllByRole('option', { name: 'Contacts logged' })).toHaveLength(1));
    fireEvent.change(within(field).getByLabelText('Pre-fill source'), { target: { value: 'contacts_logged' } });
    expect(within(field).getByText('Contacts logged in the period')).toBeTruthy();
    fireEvent.change(within(field).getByLabelText('Comment rule'), { target: { value: 'WHEN_MISSING_OR_CHANGED' } });
    // One choice has no bounds; the choices appear for the types that have them.
    expect(within(field).queryByText('Choices')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Create the form' }));
    expect((await screen.findByTestId('field-error-sections.0.fields.0.max')).textContent).toBe('The bounds contradict each other');
    expect(screen.getByTestId('field-error-sections.0.title.kk').textContent).toBe('This field is required');
    expect(within(field).getByLabelText('Largest value').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByTestId('field-error-other')).toBeNull();

    fillLabel(screen.getByTestId('designer-section-0'), 'Section title', SECTION);
    fireEvent.change(within(field).getByLabelText('Largest value'), { target: { value: '5000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create the form' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/report-forms/${FORM_ID}?created=1`));
    expect(created).toHaveBeenCalledTimes(1);
  });

  it('offers choices for a choice field and sends them, never bounds', () => {
    renderWithProviders(<NewReportFormPage />, { mocks: [sourcesMock, regionOptionsMock()], locale: 'en' });
    const field = screen.getByTestId('designer-field-sections.0.fields.0');
    fireEvent.change(within(field).getByLabelText('Field type'), { target: { value: 'CHOICE' } });
    expect(within(field).queryByLabelText('Smallest value')).toBeNull();
    expect(within(field).queryByLabelText('Pre-fill source')).toBeNull();
    fireEvent.click(within(field).getByRole('button', { name: 'Add a choice' }));
    expect((within(field).getByLabelText('Key of choice 1') as HTMLInputElement).value).toBe('choice_1');
    expect(within(field).getByLabelText('Choice 1 (English)')).toBeTruthy();
  });

  it('asks for the title in every language and the days as counts before sending anything', async () => {
    renderWithProviders(<NewReportFormPage />, { mocks: [sourcesMock, regionOptionsMock()], locale: 'en' });
    const designer = await screen.findByTestId('report-form-designer');
    fireEvent.change(within(designer).getByLabelText('Due: days after the period'), { target: { value: 'ten' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create the form' }));
    expect((await screen.findByTestId('field-error-title.kk')).textContent).toBe('This field is required');
    expect(screen.getByTestId('field-error-title.en').textContent).toBe('This field is required');
    expect(screen.getByTestId('field-error-dueDays').textContent).toBe('Must be a whole number, 0 or more');
    expect(screen.queryByTestId('field-error-onTimeWindowDays')).toBeNull();
    expect(screen.queryByTestId('form-error')).toBeNull();
  });
});
