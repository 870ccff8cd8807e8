import { screen, within } from '@testing-library/react';
import { ABAI, ANALYST, regionOptionsMock } from '../../testing/fixtures';
import { renderApp, renderWithProviders, type Mocks } from '../../testing/render';
import { FEEDBACK_PAGE_SIZE, FeedbackThreadsQuery } from './feedback.graphql';
import { FeedbackThreadsPage } from './feedback-threads-page';
import { abaiStaff } from './feedback-testing';

const node = (index: number, overrides: Record<string, unknown> = {}) => ({
  __typename: 'FeedbackThread',
  id: `00000000-0000-4000-8000-00000000000${index}`,
  topic: 'QUESTION',
  subject: `Сұрақ ${index}`,
  personalDataHidden: null,
  status: 'OPEN',
  messageCount: 3,
  unreadCount: 0,
  lastMessageAt: '2026-11-20T09:00:00.000Z',
  region: { __typename: 'Region', code: ABAI.code, name: ABAI.name },
  ...overrides,
});

const listMock = (filter: Record<string, unknown>, nodes: ReturnType<typeof node>[]): Mocks[number] => ({
  request: { query: FeedbackThreadsQuery, variables: { filter, first: FEEDBACK_PAGE_SIZE } },
  result: {
    data: {
      feedbackThreads: {
        __typename: 'FeedbackThreadConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: nodes.map((thread) => ({ __typename: 'FeedbackThreadEdge', cursor: `c-${thread.id}`, node: thread })),
      },
    },
  },
});

describe('FeedbackThreadsPage', () => {
  it("lists the staff member's region's threads with unread counts, filtered as the address says", async () => {
    window.location.hash = '#/feedback?status=OPEN&topic=QUESTION&region=750000000';
    // Regional staff always see their own region, whatever the address says.
    renderWithProviders(<FeedbackThreadsPage />, {
      mocks: [regionOptionsMock(), listMock({ regionCode: ABAI.code, status: 'OPEN', topic: 'QUESTION' }, [node(1, { unreadCount: 2 }), node(2, { status: 'CLOSED' })])],
      viewer: abaiStaff,
      locale: 'en',
    });
    const list = await screen.findByTestId('feedback-list');
    const items = within(list).getAllByRole('listitem');
    expect(
      within(items[0] as HTMLElement)
        .getByRole('link', { name: 'Сұрақ 1' })
        .getAttribute('href'),
    ).toBe('#/feedback/00000000-0000-4000-8000-000000000001');
    expect(within(items[0] as HTMLElement).getByTestId('feedback-unread').textContent).toBe('2 unread');
    expect(within(items[1] as HTMLElement).queryByTestId('feedback-unread')).toBeNull();
    expect(items[1]?.textContent).toContain('Closed');
    expect(screen.queryByLabelText('Region')).toBeNull();
  });

  it('says so when there are no threads', async () => {
    window.location.hash = '#/feedback';
    renderWithProviders(<FeedbackThreadsPage />, { mocks: [regionOptionsMock(), listMock({ regionCode: ABAI.code }, [])], viewer: abaiStaff, locale: 'ru' });
    expect(await screen.findByText('Тем пока нет. Откройте новую тему, чтобы написать республиканскому офису.')).toBeTruthy();
  });

  it('keeps analysts out of the channel: no menu link, and the page says why', async () => {
    renderApp('/feedback', { mocks: [], viewer: ANALYST, locale: 'en' });
    expect((await screen.findByTestId('not-allowed')).getAttribute('data-reason')).toBe('PERSONAL_DATA_HIDDEN_FOR_ROLE');
    expect(screen.queryByRole('link', { name: /Feedback/ })).toBeNull();
  });
});
