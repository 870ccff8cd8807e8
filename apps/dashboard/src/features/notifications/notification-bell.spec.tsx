import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { ABAI, unreadCountMock } from '../../testing/fixtures';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { NotificationBell } from './notification-bell';
import { MarkNotificationReadMutation, NotificationsQuery, UnreadNotificationCountQuery } from './notifications.graphql';

const notification = (id: string, read: boolean) => ({
  __typename: 'Notification',
  id,
  kind: 'ASSISTANCE_REQUEST_SUBMITTED',
  createdAt: '2026-11-25T09:00:00.000Z',
  read,
  region: { __typename: 'Region', code: ABAI.code, name: ABAI.name },
  organization: { __typename: 'Organization', id: 'org-1', name: 'Жасыл Семей' },
  assistanceRequest: { __typename: 'AssistanceRequest', id: 'a1', type: 'INFORMATIONAL', subtype: 'COOPERATION', status: 'NEW' },
});

describe('NotificationBell', () => {
  it('shows the unread count, lists notifications and marks one as read', async () => {
    const mocks: Mocks = [
      { request: { query: UnreadNotificationCountQuery }, result: { data: { unreadNotificationCount: 2 } } },
      {
        request: { query: NotificationsQuery, variables: { first: 20 } },
        result: {
          data: {
            notifications: {
              __typename: 'NotificationConnection',
              totalCount: 2,
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'n2' },
              edges: [
                { __typename: 'NotificationEdge', cursor: 'n1', node: notification('n1', false) },
                { __typename: 'NotificationEdge', cursor: 'n2', node: notification('n2', true) },
              ],
            },
          },
        },
      },
      { request: { query: MarkNotificationReadMutation, variables: { id: 'n1' } }, result: { data: { markNotificationRead: { __typename: 'Notification', id: 'n1', read: true } } } },
      { request: { query: UnreadNotificationCountQuery }, result: { data: { unreadNotificationCount: 1 } } },
    ];
    renderWithProviders(<NotificationBell />, { mocks });
    expect((await screen.findByTestId('notification-count')).textContent).toBe('2');
    expect(screen.getByTestId('notification-bell').getAttribute('aria-label')).toBe('Хабарламалар: Оқылмаған: 2');

    fireEvent.click(screen.getByTestId('notification-bell'));
    const panel = await screen.findByTestId('notifications-panel');
    await waitFor(() => expect(within(panel).getAllByTestId('notification')).toHaveLength(2));
    const unread = within(panel).getAllByTestId('notification')[0] as HTMLElement;
    expect(within(unread).getByText('Жаңа көмек сұрауы')).toBeTruthy();
    expect(within(unread).getByText('Жасыл Семей')).toBeTruthy();

    fireEvent.click(within(unread).getByRole('button', { name: 'Оқылды' }));
    await waitFor(() => expect(screen.getByTestId('notification-count').textContent).toBe('1'));
    expect(within(panel).queryByRole('button', { name: 'Оқылды' })).toBeNull();
    expect(within(panel).getAllByText('Оқылған')).toHaveLength(2);
  });

  it('says the count is unavailable when the notifications service is down', async () => {
    const mocks: Mocks = [unreadCountMock(null, [new GraphQLError('down', { path: ['unreadNotificationCount'], extensions: { code: 'SERVICE_UNAVAILABLE' } })])];
    renderWithProviders(<NotificationBell />, { mocks, locale: 'en' });
    expect(await screen.findByTestId('notification-count-unavailable')).toBeTruthy();
    expect(screen.getByTestId('notification-bell').getAttribute('aria-label')).toBe('Notifications: Currently unavailable');
  });
});
