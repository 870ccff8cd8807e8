import { fireEvent, screen, within } from '@testing-library/react';
import { regionOptionsMock } from '../../testing/fixtures';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { AnnouncementsPage } from './announcements-page';
import { announcementData, ANNOUNCEMENT_ID } from './announcements-testing';
import { AnnouncementsQuery, SendAnnouncementMutation } from './announcements.graphql';

const DRAFT_ID = '6f6f6f6f-6666-4666-8666-666666666666';
const list = (nodes: ReturnType<typeof announcementData>[]): Mocks[number] => ({
  request: { query: AnnouncementsQuery, variables: { first: 20 } },
  result: {
    data: {
      announcements: {
        __typename: 'AnnouncementConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: nodes.map((node) => ({ __typename: 'AnnouncementEdge', node })),
      },
    },
  },
});

describe('AnnouncementsPage', () => {
  it('lists announcements with their delivery figures, and sends a draft', async () => {
    // Opened from a notification: that announcement's text is shown.
    window.location.hash = `#/announcements?id=${ANNOUNCEMENT_ID}`;
    const draft = announcementData({
      id: DRAFT_ID,
      title: 'Форум',
      status: 'DRAFT',
      sentAt: null,
      figures: { __typename: 'AnnouncementFigures', audience: 0, sent: 0, failed: 0, pending: 0, unsubscribed: 0, staffNotified: 0 },
    });
    renderWithProviders(<AnnouncementsPage />, {
      locale: 'ru',
      mocks: [
        regionOptionsMock(),
        list([draft, announcementData()]),
        {
          request: { query: SendAnnouncementMutation, variables: { id: DRAFT_ID } },
          result: { data: { sendAnnouncement: { ...draft, status: 'SENT', figures: { ...draft.figures, audience: 3 } } } },
        },
      ],
    });
    const rows = await screen.findAllByTestId('announcement-row');
    expect(rows).toHaveLength(2);
    const [sent] = rows.filter((row) => row.dataset.status === 'SENT');
    expect(within(sent).getByTestId('figure-audience').textContent).toBe('12');
    expect(within(sent).getByTestId('figure-sent').textContent).toContain('10');
    expect(within(sent).getByTestId('figure-sent').textContent).toContain('в очереди: 1');
    expect(within(sent).getByTestId('figure-failed').textContent).toBe('1');
    expect(within(sent).getByTestId('figure-unsubscribed').textContent).toBe('2');
    expect(within(sent).getByText('Отправлено')).toBeTruthy();
    expect(within(sent).queryByRole('button')).toBeNull();
    expect(sent.textContent).not.toContain(ANNOUNCEMENT_ID);
    const text = within(sent).getByTestId('announcement-text');
    expect(text.hasAttribute('open')).toBe(true);
    expect(text.textContent).toContain('Мерзімі: 20 желтоқсан.');
    expect(within(sent).getByRole('link', { name: 'https://example.kz/grants' })).toBeTruthy();

    const [draftRow] = rows.filter((row) => row.dataset.status === 'DRAFT');
    fireEvent.click(within(draftRow).getByRole('button', { name: 'Отправить сейчас' }));
    expect(await screen.findByText('3')).toBeTruthy();
  });
});
