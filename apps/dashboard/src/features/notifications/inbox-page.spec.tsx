import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { unreadCountMock } from '../../testing/fixtures';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { InboxPage } from './inbox-page';
import { inboxFilterFromQuery, inboxQueryWith } from './inbox-filter';
import { ArchiveNotificationMutation, MarkAllNotificationsReadMutation, UnreadNotificationCountQuery } from './notifications.graphql';
import { notificationNode, notificationsMock } from './notifications-testing';
import { NotificationBell } from './notification-bell';

const at = (route: string) => {
  window.location.hash = `#${route}`;
};

describe('inbox filters in the address', () => {
  it('read kind, read state and folder, ignoring unknown values', () => {
    expect(inboxFilterFromQuery(new URLSearchParams('kind=BOOKING_CONFIRMED&read=unread&folder=archive'))).toEqual({ kind: 'BOOKING_CONFIRMED', read: false, archived: true });
    expect(inboxFilterFromQuery(new URLSearchParams('kind=NOPE&read=maybe'))).toEqual({});
    expect(inboxQueryWith(new URLSearchParams('kind=BOOKING_CONFIRMED'), 'kind', '')).toBe('/notifications');
    expect(inboxQueryWith(new URLSearchParams(''), 'read', 'read')).toBe('/notifications?read=read');
  });
});

describe('InboxPage', () => {
  afterEach(() => at(''));

  it('lists the inbox with counts in the right plural, archives one and marks all read', async () => {
    at('/notifications');
    const mocks: Mocks = [
      { request: { query: UnreadNotificationCountQuery }, result: { data: { unreadNotificationCount: 2 } } },
      notificationsMock({ filter: {}, first: 20 }, [
        notificationNode('n1', { kind: 'ASSISTANCE_REQUEST_ASSIGNED', assigneeId: 'u-1', personal: true }),
        notificationNode('n2', { kind: 'ASSISTANCE_REQUEST_STATUS_CHANGED', fromStatus: 'NEW', toStatus: 'DECLINED' }),
        notificationNode('n3', { read: true }),
        notificationNode('n4', { read: true }),
        notificationNode('n5', { read: true }),
      ]),
      {
        request: { query: ArchiveNotificationMutation, variables: { id: 'n1' } },
        result: { data: { archiveNotification: { __typename: 'Notification', id: 'n1', read: true, archived: true } } },
      },
      notificationsMock({ filter: {}, first: 20 }, [
        notificationNode('n2', { kind: 'ASSISTANCE_REQUEST_STATUS_CHANGED', fromStatus: 'NEW', toStatus: 'DECLINED' }),
        notificationNode('n3', { read: true }),
        notificationNode('n4', { read: true }),
        notificationNode('n5', { read: true }),
      ]),
      { request: { query: UnreadNotificationCountQuery }, result: { data: { unreadNotificationCount: 1 } } },
      { request: { query: MarkAllNotificationsReadMutation, variables: { kind: null } }, result: { data: { markAllNotificationsRead: 1 } } },
      notificationsMock({ filter: {}, first: 20 }, [
        notificationNode('n2', { kind: 'ASSISTANCE_REQUEST_STATUS_CHANGED', fromStatus: 'NEW', toStatus: 'DECLINED', read: true }),
        notificationNode('n3', { read: true }),
        notificationNode('n4', { read: true }),
        notificationNode('n5', { read: true }),
      ]),
      { request: { query: UnreadNotificationCountQuery }, result: { data: { unreadNotificationCount: 0 } } },
    ];
    // The bell is in the header of every page; it polls the count the page shows.
    renderWithProviders(
      <>
        <NotificationBell />
        <InboxPage />
      </>,
      { mocks, locale: 'ru' },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Уведомления' })).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('inbox-total').textContent).toBe('5 уведомлений · 2 непрочитанных'));
    const [assigned, changed] = within(screen.getByTestId('inbox-list')).getAllByTestId('notification') as HTMLElement[];
    expect(within(assigned as HTMLElement).getByText('Запрос назначен вам')).toBeTruthy();
    expect(within(assigned as HTMLElement).getByText('Вам')).toBeTruthy();
    expect(within(changed as HTMLElement).getByTestId('notification-detail').textContent).toBe('Статус: Новый → Отклонён');

    fireEvent.click(within(assigned as HTMLElement).getByRole('button', { name: 'В архив' }));
    await waitFor(() => expect(screen.getByTestId('inbox-total').textContent).toBe('4 уведомления · 1 непрочитанное'));

    fireEvent.click(screen.getByRole('button', { name: 'Отметить все прочитанными' }));
    expect((await screen.findByTestId('inbox-marked')).textContent).toBe('1 уведомление отмечено прочитанным.');
    await waitFor(() => expect(screen.getByTestId('inbox-total').textContent).toBe('4 уведомления · Всё прочитано.'));
  });

  it('filters from the address and says when nothing matches, the archive its own way', async () => {
    at('/notifications?read=unread&kind=BOOKING_CANCELLED');
    const mocks: Mocks = [
      unreadCountMock(0),
      notificationsMock({ filter: { kind: 'BOOKING_CANCELLED', read: false }, first: 20 }, []),
      notificationsMock({ filter: { kind: 'BOOKING_CANCELLED', read: false, archived: true }, first: 20 }, []),
    ];
    renderWithProviders(<InboxPage />, { mocks, locale: 'en' });
    expect(await screen.findByText('No notifications match these filters.')).toBeTruthy();
    expect((screen.getByLabelText('Kind') as HTMLSelectElement).value).toBe('BOOKING_CANCELLED');
    expect((screen.getByLabelText('Read state') as HTMLSelectElement).value).toBe('unread');

    fireEvent.change(screen.getByLabelText('Folder'), { target: { value: 'archive' } });
    await act(async () => {
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(window.location.hash).toBe('#/notifications?read=unread&kind=BOOKING_CANCELLED&folder=archive');
    expect(await screen.findByText('The archive is empty.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Mark all as read' })).toBeNull();
  });

  it('loads more, and says an empty inbox fills by itself', async () => {
    at('/notifications');
    const first = [notificationNode('n1'), notificationNode('n2')];
    const mocks: Mocks = [
      unreadCountMock(3),
      notificationsMock({ filter: {}, first: 20 }, first, { totalCount: 3, hasNextPage: true }),
      notificationsMock({ filter: {}, first: 20, after: 'n2' }, [notificationNode('n3')], { totalCount: 3 }),
    ];
    renderWithProviders(<InboxPage />, { mocks, locale: 'kk' });
    await waitFor(() => expect(screen.getAllByTestId('notification')).toHaveLength(2));
    fireEvent.click(screen.getByRole('button', { name: 'Тағы жүктеу' }));
    await waitFor(() => expect(screen.getAllByTestId('notification')).toHaveLength(3));
    expect(screen.getByTestId('inbox-total').textContent).toBe('3 хабарлама');
  });

  it('shows the empty inbox message', async () => {
    at('/notifications');
    renderWithProviders(<InboxPage />, { mocks: [unreadCountMock(0), notificationsMock({ filter: {}, first: 20 }, [])], locale: 'en' });
    expect(await screen.findByText('Your inbox is empty. New notifications appear here by themselves.')).toBeTruthy();
  });
});
