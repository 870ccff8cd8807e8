import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { unreadCountMock } from '../../testing/fixtures';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { NotificationBell } from './notification-bell';
import { MarkAllNotificationsReadMutation, MarkNotificationReadMutation, UnreadNotificationCountQuery } from './notifications.graphql';
import { notificationNode, notificationsMock } from './notifications-testing';

describe('NotificationBell', () => {
  afterEach(() => {
    window.location.hash = '';
  });

  it('shows the unread count, lists notifications with what changed and marks one as read', async () => {
    const mocks: Mocks = [
      { request: { query: UnreadNotificationCountQuery }, result: { data: { unreadNotificationCount: 2 } } },
      notificationsMock({ first: 20 }, [
        notificationNode('n1'),
        notificationNode('n2', { read: true, kind: 'ASSISTANCE_REQUEST_STATUS_CHANGED', fromStatus: 'TRIAGED', toStatus: 'IN_PROGRESS', personal: true }),
      ]),
      {
        request: { query: MarkNotificationReadMutation, variables: { id: 'n1' } },
        result: { data: { markNotificationRead: { __typename: 'Notification', id: 'n1', read: true } } },
      },
      { request: { query: UnreadNotificationCountQuery }, result: { data: { unreadNotificationCount: 1 } } },
    ];
    renderWithProviders(<NotificationBell />, { mocks });
    expect((await screen.findByTestId('notification-count')).textContent).toBe('2');
    expect(screen.getByTestId('notification-bell').getAttribute('aria-label')).toBe('Хабарламалар: Оқылмаған: 2');

    fireEvent.click(screen.getByTestId('notification-bell'));
    const panel = await screen.findByTestId('notifications-panel');
    await waitFor(() => expect(within(panel).getAllByTestId('notification')).toHaveLength(2));
    const [unread, changed] = within(panel).getAllByTestId('notification') as HTMLElement[];
    expect(within(unread as HTMLElement).getByText('Жаңа көмек сұрауы')).toBeTruthy();
    expect(within(unread as HTMLElement).getByText('Жасыл Семей')).toBeTruthy();
    // A status change says from what to what, in the reader's language.
    expect(within(changed as HTMLElement).getByTestId('notification-detail').textContent).toBe('Мәртебесі: Қаралды → Орындалуда');
    expect(within(panel).getByRole('link', { name: 'Барлық хабарламалар' }).getAttribute('href')).toBe('#/notifications');

    fireEvent.click(within(unread as HTMLElement).getByRole('button', { name: 'Оқылды' }));
    await waitFor(() => expect(screen.getByTestId('notification-count').textContent).toBe('1'));
    expect(within(panel).queryByRole('button', { name: 'Оқылды' })).toBeNull();
    expect(within(panel).getAllByText('Оқылған')).toHaveLength(2);
  });

  it('marks all read from the popup and says how many, with the right plural', async () => {
    const mocks: Mocks = [
      { request: { query: UnreadNotificationCountQuery }, result: { data: { unreadNotificationCount: 3 } } },
      notificationsMock({ first: 20 }, [notificationNode('n1'), notificationNode('n2'), notificationNode('n3')]),
      { request: { query: MarkAllNotificationsReadMutation, variables: { kind: null } }, result: { data: { markAllNotificationsRead: 3 } } },
      notificationsMock({ first: 20 }, [notificationNode('n1', { read: true }), notificationNode('n2', { read: true }), notificationNode('n3', { read: true })]),
      { request: { query: UnreadNotificationCountQuery }, result: { data: { unreadNotificationCount: 0 } } },
    ];
    renderWithProviders(<NotificationBell />, { mocks, locale: 'ru' });
    fireEvent.click(await screen.findByTestId('notification-bell'));
    const panel = await screen.findByTestId('notifications-panel');
    fireEvent.click(await within(panel).findByRole('button', { name: 'Отметить все прочитанными' }));
    expect(await within(panel).findByText('3 уведомления отмечены прочитанными.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByTestId('notification-count')).toBeNull());
    expect(within(panel).queryByRole('button', { name: 'Прочитано' })).toBeNull();
  });

  it('closes the popup when the page changes', async () => {
    window.location.hash = '#/regions';
    renderWithProviders(<NotificationBell />, { mocks: [unreadCountMock(0), notificationsMock({ first: 20 }, [], { reuse: true })] });
    fireEvent.click(await screen.findByTestId('notification-bell'));
    expect(await screen.findByTestId('notifications-panel')).toBeTruthy();
    await act(async () => {
      window.location.hash = '#/organizations';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await waitFor(() => expect(screen.queryByTestId('notifications-panel')).toBeNull());
    expect(screen.getByTestId('notification-bell').getAttribute('aria-expanded')).toBe('false');
  });

  it('says the count is unavailable when the notifications service is down', async () => {
    const mocks: Mocks = [unreadCountMock(null, [new GraphQLError('down', { path: ['unreadNotificationCount'], extensions: { code: 'SERVICE_UNAVAILABLE' } })])];
    renderWithProviders(<NotificationBell />, { mocks, locale: 'en' });
    expect(await screen.findByTestId('notification-count-unavailable')).toBeTruthy();
    expect(screen.getByTestId('notification-bell').getAttribute('aria-label')).toBe('Notifications: Currently unavailable');
  });
});
