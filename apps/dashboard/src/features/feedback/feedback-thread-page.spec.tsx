import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithProviders, type Mocks } from '../../testing/render';
import {
  FEEDBACK_MESSAGES_PAGE_SIZE,
  FeedbackThreadQuery,
  MarkFeedbackThreadReadMutation,
  PostFeedbackMutation,
  ReopenFeedbackThreadMutation,
  UnreadFeedbackCountQuery,
} from './feedback.graphql';
import { FeedbackThreadPage } from './feedback-thread-page';
import { abaiStaff, summary, THREAD_ID, threadData } from './feedback-testing';

const pageMock = (data: unknown): Mocks[number] => ({
  request: { query: FeedbackThreadQuery, variables: { id: THREAD_ID, first: FEEDBACK_MESSAGES_PAGE_SIZE } },
  result: { data: { feedbackThread: data } },
});
const unreadMock: Mocks[number] = { request: { query: UnreadFeedbackCountQuery }, result: { data: { unreadFeedbackCount: 0 } }, maxUsageCount: Number.POSITIVE_INFINITY };

describe('FeedbackThreadPage', () => {
  it('shows the messages with their files and linked needs, and marks an unread thread read', async () => {
    const marked = jest.fn(() => ({ data: { markFeedbackThreadRead: summary({ unreadCount: 0 }) } }));
    renderWithProviders(<FeedbackThreadPage id={THREAD_ID} />, {
      mocks: [pageMock(threadData({ unreadCount: 1 })), { request: { query: MarkFeedbackThreadReadMutation, variables: { id: THREAD_ID } }, result: marked }, unreadMock],
      viewer: abaiStaff,
      locale: 'en',
    });
    const messages = await screen.findByTestId('feedback-messages');
    expect(screen.getByTestId('feedback-subject').textContent).toBe('Кеңсенің бюджеті');
    expect([...messages.querySelectorAll('.feedback-message-text')].map((text) => text.textContent)).toEqual(['Іс-шараларға қаражат жоқ', 'Министрлікке жаздық']);
    expect(within(messages).getByRole('button', { name: 'Download хат.pdf (2 KB)' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Funding' }).getAttribute('href')).toBe('#/needs/5d0c3c1e-2b7f-4f4e-9a51-1f7b2c3d4e5f');
    await waitFor(() => expect(marked).toHaveBeenCalled());
  });

  it('refuses an empty message in the form, then posts one', async () => {
    const posted = jest.fn(() => ({ data: { postFeedback: summary({ messageCount: 3 }) } }));
    renderWithProviders(<FeedbackThreadPage id={THREAD_ID} />, {
      mocks: [
        pageMock(threadData()),
        { request: { query: PostFeedbackMutation, variables: { input: { threadId: THREAD_ID, text: 'Жауабымыз', attachments: [] } } }, result: posted },
        pageMock(threadData()),
      ],
      viewer: abaiStaff,
      locale: 'en',
    });
    const composer = await screen.findByTestId('feedback-composer');
    fireEvent.click(within(composer).getByRole('button', { name: 'Send' }));
    expect((await screen.findByTestId('field-error-text')).textContent).toBe('This field is required');
    fireEvent.change(within(composer).getByLabelText('Message'), { target: { value: ' Жауабымыз ' } });
    fireEvent.click(within(composer).getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(posted).toHaveBeenCalled());
  });

  it('offers to reopen a closed thread instead of a composer, saying who closed it', async () => {
    const reopened = jest.fn(() => ({ data: { reopenFeedbackThread: summary() } }));
    renderWithProviders(<FeedbackThreadPage id={THREAD_ID} />, {
      mocks: [
        pageMock(threadData({ status: 'CLOSED', statusChangedAt: '2026-11-21T09:00:00.000Z', statusChangedBy: 'u-abai' })),
        { request: { query: ReopenFeedbackThreadMutation, variables: { id: THREAD_ID } }, result: reopened },
        pageMock(threadData()),
      ],
      viewer: abaiStaff,
      locale: 'en',
    });
    expect((await screen.findByTestId('feedback-status')).textContent).toBe('Closed');
    expect(screen.queryByTestId('feedback-composer')).toBeNull();
    expect(screen.getByText('The thread is closed. Reopen it to write.')).toBeTruthy();
    expect(screen.getByTestId('feedback-status-change').textContent).toContain('Абай РФО');
    fireEvent.click(screen.getByRole('button', { name: 'Reopen thread' }));
    await waitFor(() => expect(reopened).toHaveBeenCalled());
  });

  it('says when there is no such thread', async () => {
    renderWithProviders(<FeedbackThreadPage id={THREAD_ID} />, { mocks: [pageMock(null)], viewer: abaiStaff, locale: 'kk' });
    expect(await screen.findByText('Мұндай тақырып жоқ.')).toBeTruthy();
  });
});
