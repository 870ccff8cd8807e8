import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { useState } from 'react';
import type { Viewer } from '../../auth/session';
import { ABAI } from '../../testing/fixtures';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { ReportPage } from './report-page';
import { ReportPageQuery, SaveReportDraftMutation, SubmitReportMutation } from './reports.graphql';
import { PREFILL, REPORT_ID, reportAnswer, reportData } from './reports-testing';

const abaiStaff: Viewer = {
  kind: 'account',
  account: {
    id: 'u-abai',
    email: 'abai@demo.birge.kz',
    name: 'Abai staff',
    role: 'REGIONAL_STAFF',
    active: true,
    region: { code: ABAI.code, name: { kk: 'Абай облысы', ru: 'Область Абай', en: 'Abai Region' } },
  },
};

const pageMock = (data: unknown): Mocks[number] => ({ request: { query: ReportPageQuery, variables: { id: REPORT_ID } }, result: { data: { report: data } } });

const saved = (answers: unknown[]) => reportData({ version: 2, answers });

describe('filling a report', () => {
  it('shows the pre-filled figure with its source, asks for a comment when it is overridden, and saves the draft a moment after typing', async () => {
    const save = jest.fn(() => ({
      data: {
        saveReportDraft: saved([
          reportAnswer('contacts', 'NUMBER', { number: 15, prefill: PREFILL, overridden: true }),
          reportAnswer('narrative', 'TEXT'),
          reportAnswer('topics', 'MULTI_CHOICE'),
        ]),
      },
    }));
    renderWithProviders(<ReportPage id={REPORT_ID} />, {
      mocks: [
        pageMock(reportData()),
        {
          request: { query: SaveReportDraftMutation, variables: { input: { id: REPORT_ID, version: 1, answers: [{ fieldKey: 'contacts', number: 15, comment: null }] } } },
          result: save,
        },
        {
          request: { query: SaveReportDraftMutation, variables: { input: { id: REPORT_ID, version: 2, answers: [{ fieldKey: 'contacts', number: 12, comment: null }] } } },
          result: { data: { saveReportDraft: reportData({ version: 3 }) } },
        },
      ],
      viewer: abaiStaff,
      locale: 'en',
    });
    const contacts = await screen.findByLabelText('Contacts *');
    expect((contacts as HTMLInputElement).value).toBe('12');
    const prefill = screen.getByTestId('prefill-contacts');
    expect(prefill.textContent).toContain('Source: Contacts logged.');
    expect(prefill.textContent).toContain('Computed: 12');
    expect(screen.getByTestId('autosave-status').textContent).toBe('Changes are saved as you go.');

    fireEvent.change(contacts, { target: { value: '15' } });
    expect(screen.getByTestId('comment-errors-contacts').textContent).toBe('Overriding the pre-filled figure needs a comment.');
    expect(screen.getByLabelText('Comment (differs from the pre-filled figure: say why)')).toBeTruthy();
    expect(screen.getByTestId('autosave-status').textContent).toBe('Unsaved changes…');
    // Nothing is sent while typing goes on.
    expect(save).not.toHaveBeenCalled();

    await waitFor(() => expect(screen.getByTestId('autosave-status').getAttribute('data-state')).toBe('saved'));
    expect(save).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('autosave-status').textContent).toMatch(/^Draft saved at \d\d:\d\d$/);

    // The computed figure is one press away.
    fireEvent.click(within(prefill).getByRole('button', { name: 'Use the computed figure (12)' }));
    expect((contacts as HTMLInputElement).value).toBe('12');
    expect(screen.queryByTestId('comment-errors-contacts')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('autosave-status').getAttribute('data-state')).toBe('saved'));
  });

  it('lists every problem of a refused submission at its field and above the form', async () => {
    const refusal = new GraphQLError('The report is incomplete', {
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: 'REPORT_INCOMPLETE',
        fieldKeys: ['contacts', 'narrative'],
        fields: [
          { field: 'answers.narrative', code: 'TOO_SHORT', message: 'says too little' },
          { field: 'answers.contacts.comment', code: 'OVERRIDE_NEEDS_COMMENT', message: 'say why' },
        ],
      },
    });
    renderWithProviders(<ReportPage id={REPORT_ID} />, {
      mocks: [pageMock(reportData()), { request: { query: SubmitReportMutation, variables: { input: { id: REPORT_ID, version: 1 } } }, result: { errors: [refusal] } }],
      viewer: abaiStaff,
      locale: 'en',
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Submit the report' }));
    const summary = await screen.findByTestId('submit-problems');
    expect(within(summary).getByText('The report cannot be submitted: correct 2 field(s).')).toBeTruthy();
    expect(
      within(summary)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['How the quarter went', 'Contacts']);
    expect(screen.getByTestId('answer-errors-report-answer-narrative-errors').textContent).toBe('Too short');
    expect(screen.getByTestId('comment-errors-contacts').textContent).toBe('Differs from the pre-filled figure: say why in a comment');
    expect(screen.getByLabelText('How the quarter went *').getAttribute('aria-invalid')).toBe('true');
    // A summary entry moves focus to its field.
    fireEvent.click(within(summary).getByRole('button', { name: 'How the quarter went' }));
    expect(document.activeElement).toBe(screen.getByLabelText('How the quarter went *'));
  });

  it('saves what was typed when the page is left before the pause, and warns before the tab closes', async () => {
    const save = jest.fn(() => ({
      data: {
        saveReportDraft: saved([
          reportAnswer('contacts', 'NUMBER', { number: 12, prefill: PREFILL }),
          reportAnswer('narrative', 'TEXT', { text: 'Семейде жастар тобы құрылды' }),
          reportAnswer('topics', 'MULTI_CHOICE'),
        ]),
      },
    }));
    function Leaving() {
      const [shown, setShown] = useState(true);
      return shown ? (
        <>
          <button type="button" onClick={() => setShown(false)}>
            leave
          </button>
          <ReportPage id={REPORT_ID} />
        </>
      ) : (
        <p>elsewhere</p>
      );
    }
    renderWithProviders(<Leaving />, {
      mocks: [
        pageMock(reportData()),
        {
          request: {
            query: SaveReportDraftMutation,
            variables: { input: { id: REPORT_ID, version: 1, answers: [{ fieldKey: 'narrative', text: 'Семейде жастар тобы құрылды', comment: null }] } },
          },
          result: save,
        },
      ],
      viewer: abaiStaff,
      locale: 'en',
    });
    fireEvent.change(await screen.findByLabelText('How the quarter went *'), { target: { value: 'Семейде жастар тобы құрылды' } });
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'leave' }));
    expect(screen.getByText('elsewhere')).toBeTruthy();
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
  });
});
