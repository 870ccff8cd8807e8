import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ReportFieldsFragment } from '../../gql/graphql';
import { ABAI, ASTANA, regionOptionsMock, staffDirectoryMock } from '../../testing/fixtures';
import { badUserInput, inputMock } from '../../testing/forms';
import { renderWithProviders } from '../../testing/render';
import { OpenReportForm } from './open-report-form';
import { recentPeriods } from './report-periods';
import { ReportThread } from './report-thread';
import { OpenReportMutation, PostReportCommentMutation } from './reports.graphql';
import { FORM_ID, REPORT_ID, reportData, reportLabel } from './reports-testing';

const report = reportData() as unknown as ReportFieldsFragment;

describe('a report comment', () => {
  it('asks for the message, then posts it about the chosen field and clears the form', async () => {
    let sent: Record<string, unknown> | undefined;
    const posted = reportData({
      comments: [
        {
          __typename: 'ReportComment',
          id: 'c1',
          text: 'Санды тексеріңіз',
          personalDataHidden: null,
          fieldKey: 'contacts',
          side: 'REGION',
          authorId: 'u',
          createdAt: '2026-10-06T04:00:00.000Z',
        },
      ],
    });
    renderWithProviders(<ReportThread report={report} canPost />, {
      locale: 'en',
      mocks: [staffDirectoryMock(), inputMock(PostReportCommentMutation, (input) => (sent = input), { data: { postReportComment: posted } })],
    });
    const form = screen.getByTestId('report-comment-form');
    fireEvent.click(within(form).getByRole('button', { name: 'Post' }));
    expect((await screen.findByTestId('field-error-text')).textContent).toBe('This field is required');

    fireEvent.change(within(form).getByLabelText('About'), { target: { value: 'contacts' } });
    fireEvent.change(within(form).getByLabelText('Message'), { target: { value: ' Санды тексеріңіз ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Post' }));
    await waitFor(() => expect(sent).toEqual({ id: REPORT_ID, fieldKey: 'contacts', text: 'Санды тексеріңіз' }));
    await waitFor(() => expect((within(form).getByLabelText('Message') as HTMLTextAreaElement).value).toBe(''));
    expect(screen.queryByTestId('field-error-text')).toBeNull();
  });

  it('marks the field the server refused', async () => {
    const refused = badUserInput({ field: 'input.fieldKey', code: 'UNKNOWN_FIELD', message: 'no such field' });
    renderWithProviders(<ReportThread report={report} canPost />, {
      locale: 'en',
      mocks: [staffDirectoryMock(), inputMock(PostReportCommentMutation, () => undefined, { errors: [refused] })],
    });
    fireEvent.change(screen.getByLabelText('Message'), { target: { value: 'Сұрақ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Post' }));
    expect((await screen.findByTestId('field-error-fieldKey')).textContent).toBe('The form has no such field');
    expect(screen.getByTestId('form-error').textContent).toBe('Not saved. Correct the marked fields.');
  });
});

describe('opening a report', () => {
  const forms = [
    {
      __typename: 'ReportForm',
      id: FORM_ID,
      title: reportLabel('Тоқсандық есеп', 'Квартальный отчёт', 'Quarterly report'),
      periodType: 'QUARTER',
      firstPeriod: null,
      regionCodes: [ABAI.code, ASTANA.code],
    },
    {
      __typename: 'ReportForm',
      id: 'yearly',
      title: reportLabel('Жылдық есеп', 'Годовой отчёт', 'Yearly report'),
      periodType: 'YEAR',
      firstPeriod: null,
      regionCodes: [ABAI.code],
    },
  ] as unknown as Parameters<typeof OpenReportForm>[0]['forms'];

  beforeEach(() => {
    window.location.hash = '#/reports';
  });

  it("asks the republican office for the region, offers the chosen form's periods and opens the report", async () => {
    let sent: Record<string, unknown> | undefined;
    renderWithProviders(<OpenReportForm forms={forms} initialFormId={null} />, {
      locale: 'en',
      mocks: [regionOptionsMock(), inputMock(OpenReportMutation, (input) => (sent = input), { data: { openReport: reportData() } })],
    });
    const form = screen.getByTestId('open-report-form');
    fireEvent.click(within(form).getByRole('button', { name: 'Open' }));
    expect((await screen.findByTestId('field-error-regionCode')).textContent).toBe('This field is required');
    expect(screen.queryByTestId('field-error-period')).toBeNull();

    const quarters = recentPeriods('QUARTER', 6, new Date());
    expect((screen.getByLabelText('Period') as HTMLSelectElement).value).toBe(quarters[0]);
    fireEvent.change(screen.getByLabelText('Form'), { target: { value: 'yearly' } });
    const years = recentPeriods('YEAR', 6, new Date());
    await waitFor(() => expect((screen.getByLabelText('Period') as HTMLSelectElement).value).toBe(years[0]));
    fireEvent.change(screen.getByLabelText('Period'), { target: { value: years[1] } });
    await within(form).findByRole('option', { name: 'Abai Region' });
    expect(within(screen.getByLabelText('Region')).queryByRole('option', { name: 'Astana' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Region'), { target: { value: ABAI.code } });
    fireEvent.click(within(form).getByRole('button', { name: 'Open' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/reports/${REPORT_ID}`));
    expect(sent).toEqual({ formId: 'yearly', regionCode: ABAI.code, period: years[1] });
  });
});
