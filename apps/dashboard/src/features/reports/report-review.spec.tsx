import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ANALYST, STAFF_ID, staffDirectoryMock } from '../../testing/fixtures';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { ReportPage } from './report-page';
import { ReopenReportMutation, ReportNeedOptionsQuery, ReportPageQuery, ReturnReportMutation } from './reports.graphql';
import { PREFILL, REPORT_FIELDS, REPORT_ID, reportAnswer, reportData, reportLabel } from './reports-testing';

const pageMock = (data: unknown): Mocks[number] => ({ request: { query: ReportPageQuery, variables: { id: REPORT_ID } }, result: { data: { report: data } } });

const step = (id: string, action: string, fromStatus: string | null, toStatus: string, comment: string | null = null, actorId = STAFF_ID) => ({
  __typename: 'ReportHistoryStep',
  id,
  action,
  fromStatus,
  toStatus,
  comment,
  personalDataHidden: null,
  actorId,
  at: '2026-10-05T04:00:00.000Z',
});

const answers = [
  reportAnswer('contacts', 'NUMBER', { number: 15, prefill: PREFILL, overridden: true, comment: 'Екі кездесу кейін тіркелді' }),
  reportAnswer('narrative', 'TEXT', { text: 'Тоқсанда Семейде үш жаңа топ құрылды, әкімдікпен кездестік.' }),
  reportAnswer('topics', 'MULTI_CHOICE', { choices: ['youth'] }),
];

const submitted = reportData({
  status: 'SUBMITTED',
  submissionCount: 1,
  firstSubmittedAt: '2026-10-05T04:00:00.000Z',
  lastSubmittedAt: '2026-10-05T04:00:00.000Z',
  submittedOnTime: true,
  answers,
  history: [step('h1', 'OPENED', null, 'DRAFT'), step('h2', 'SUBMITTED', 'DRAFT', 'SUBMITTED')],
});

describe('reviewing a report', () => {
  it('reads the submitted answers, asks what to fix before returning, and shows the return in the thread and the history', async () => {
    const comment = 'Байланыстар санын түсіндіріңіз.';
    const returned = reportData({
      ...submitted,
      status: 'RETURNED',
      version: 2,
      history: [...submitted.history, step('h3', 'RETURNED', 'SUBMITTED', 'RETURNED', comment, 'admin')],
      comments: [
        {
          __typename: 'ReportComment',
          id: 'c1',
          text: comment,
          personalDataHidden: null,
          fieldKey: null,
          side: 'REPUBLICAN_OFFICE',
          authorId: 'admin',
          createdAt: '2026-10-06T04:00:00.000Z',
        },
      ],
    });
    renderWithProviders(<ReportPage id={REPORT_ID} />, {
      mocks: [
        pageMock(submitted),
        staffDirectoryMock(),
        { request: { query: ReturnReportMutation, variables: { input: { id: REPORT_ID, version: 1, comment } } }, result: { data: { returnReport: returned } } },
      ],
      locale: 'en',
    });
    const contacts = await screen.findByTestId('answer-view-contacts');
    expect(contacts.textContent).toContain('15');
    expect(contacts.textContent).toContain('Overridden');
    expect(contacts.textContent).toContain('Comment: Екі кездесу кейін тіркелді');
    expect(screen.getByTestId('answer-view-topics').textContent).toContain('Youth');
    expect(screen.getByTestId('report-submitted').textContent).toContain('on time');
    // The administrator reads, never fills, a submitted report.
    expect(screen.queryByTestId('report-filling')).toBeNull();

    const review = screen.getByTestId('report-review');
    fireEvent.click(within(review).getByRole('button', { name: 'Return with a comment' }));
    const form = screen.getByTestId('report-return-form');
    fireEvent.click(within(form).getByRole('button', { name: 'Return' }));
    expect((await screen.findByTestId('field-error-comment')).textContent).toBe('This field is required');
    fireEvent.change(within(form).getByLabelText('What to fix'), { target: { value: comment } });
    fireEvent.click(within(form).getByRole('button', { name: 'Return' }));

    await waitFor(() => expect(screen.getByTestId('report-status').textContent).toBe('Returned'));
    expect(within(screen.getByTestId('report-comments')).getByText(comment)).toBeTruthy();
    expect(within(screen.getByTestId('report-comments')).getByText(/^Republican office/)).toBeTruthy();
    const history = within(screen.getByTestId('report-history')).getAllByRole('listitem');
    expect(history.map((item) => item.querySelector('div')?.textContent)).toEqual(['Opened', 'Submitted (Draft → Submitted)', 'Returned (Submitted → Returned)']);
    expect(within(review).getByText('Returned to the region: waiting for it to be fixed and submitted again.')).toBeTruthy();
  });

  it('names the linked needs by their theme in the register, each a link to its entry', async () => {
    const needId = '5d0c3c1e-2b7f-4f4e-9a51-1f7b2c3d4e5f';
    const needsField = { ...REPORT_FIELDS[1], key: 'needs', type: 'NEEDS', required: false, label: reportLabel('Қажеттіліктер', 'Потребности', 'Needs') };
    const linked = reportData({
      ...submitted,
      fields: [...REPORT_FIELDS, needsField],
      answers: [...answers, reportAnswer('needs', 'NEEDS', { needIds: [needId] })],
    });
    const register = {
      needs: {
        __typename: 'NeedConnection',
        edges: [{ __typename: 'NeedEdge', node: { __typename: 'Need', id: needId, theme: 'FUNDING', status: 'OPEN', firstNoticedOn: '2026-09-15' } }],
      },
    };
    renderWithProviders(<ReportPage id={REPORT_ID} />, {
      mocks: [pageMock(linked), staffDirectoryMock(), { request: { query: ReportNeedOptionsQuery, variables: { regionCode: '100000000' } }, result: { data: register } }],
      locale: 'en',
    });
    const link = await within(await screen.findByTestId('answer-view-needs')).findByRole('link', { name: /Funding/ });
    expect(link.textContent).toBe('Funding (since 2026-09-15)');
    expect(link.getAttribute('href')).toBe(`#/needs/${needId}`);
  });

  it('reopens an accepted, locked report only with a reason', async () => {
    const accepted = reportData({ ...submitted, status: 'ACCEPTED', locked: true, acceptedAt: '2026-10-07T04:00:00.000Z', version: 3 });
    const reason = 'Сандар қайта есептелді, түзету керек.';
    renderWithProviders(<ReportPage id={REPORT_ID} />, {
      mocks: [
        pageMock(accepted),
        staffDirectoryMock(),
        {
          request: { query: ReopenReportMutation, variables: { input: { id: REPORT_ID, version: 3, reason } } },
          result: { data: { reopenReport: reportData({ ...accepted, status: 'RETURNED', locked: false, version: 4 }) } },
        },
      ],
      locale: 'en',
    });
    expect((await screen.findByTestId('report-locked')).textContent).toContain('Accepted and locked');
    expect(screen.queryByTestId('report-comment-form')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Reopen' }));
    const form = screen.getByTestId('report-reopen-form');
    fireEvent.click(within(form).getByRole('button', { name: 'Reopen' }));
    expect((await screen.findByTestId('field-error-reason')).textContent).toBe('This field is required');
    fireEvent.change(within(form).getByLabelText('Why (kept in the audit trail)'), { target: { value: reason } });
    fireEvent.click(within(form).getByRole('button', { name: 'Reopen' }));
    await waitFor(() => expect(screen.getByTestId('report-status').textContent).toBe('Returned'));
    expect(screen.queryByTestId('report-locked')).toBeNull();
  });

  it('shows an ANALYST the figures without the free text, and no way to act', async () => {
    const hidden = 'PERSONAL_DATA_HIDDEN_FOR_ROLE';
    const masked = reportData({
      ...submitted,
      answers: [
        reportAnswer('contacts', 'NUMBER', { number: 15, prefill: PREFILL, overridden: true, personalDataHidden: hidden }),
        reportAnswer('narrative', 'TEXT', { personalDataHidden: hidden }),
        reportAnswer('topics', 'MULTI_CHOICE', { choices: ['youth'], personalDataHidden: hidden }),
      ],
      comments: [
        {
          __typename: 'ReportComment',
          id: 'c1',
          text: null,
          personalDataHidden: hidden,
          fieldKey: null,
          side: 'REPUBLICAN_OFFICE',
          authorId: 'admin',
          createdAt: '2026-10-06T04:00:00.000Z',
        },
      ],
    });
    renderWithProviders(<ReportPage id={REPORT_ID} />, { mocks: [pageMock(masked)], viewer: ANALYST, locale: 'ru' });
    const narrative = await screen.findByTestId('answer-view-narrative');
    expect(within(narrative).getByTestId('access-hidden').textContent).toBe('скрыто: Персональные данные скрыты для вашей роли');
    expect(screen.getByTestId('answer-view-contacts').textContent).toContain('15');
    expect(within(screen.getByTestId('report-comments')).getByTestId('access-hidden')).toBeTruthy();
    expect(screen.queryByTestId('report-review')).toBeNull();
    expect(screen.queryByTestId('report-comment-form')).toBeNull();
    expect(screen.queryByTestId('report-filling')).toBeNull();
  });
});
