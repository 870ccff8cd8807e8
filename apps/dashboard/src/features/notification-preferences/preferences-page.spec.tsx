import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../../testing/render';
import { NotificationPreferencesQuery, UpdateNotificationPreferencesMutation } from './notification-preferences.graphql';
import { PreferencesPage } from './preferences-page';

const preference = (kind: string, channel: string, mode: string) => ({ __typename: 'NotificationPreference', kind, channel, mode });
const all = (emailSubmitted: string) => [
  preference('ASSISTANCE_REQUEST_SUBMITTED', 'IN_APP', 'IMMEDIATE'),
  preference('ASSISTANCE_REQUEST_SUBMITTED', 'EMAIL', emailSubmitted),
  preference('BOOKING_CONFIRMED', 'IN_APP', 'IMMEDIATE'),
  preference('BOOKING_CONFIRMED', 'EMAIL', 'IMMEDIATE'),
];

describe('PreferencesPage', () => {
  it('offers digests by e-mail only, and saves what was changed', async () => {
    renderWithProviders(<PreferencesPage />, {
      locale: 'en',
      mocks: [
        { request: { query: NotificationPreferencesQuery }, result: { data: { notificationPreferences: all('IMMEDIATE') } } },
        {
          request: { query: UpdateNotificationPreferencesMutation, variables: { preferences: [{ kind: 'ASSISTANCE_REQUEST_SUBMITTED', channel: 'EMAIL', mode: 'DAILY' }] } },
          result: { data: { updateNotificationPreferences: all('DAILY') } },
        },
      ],
    });
    const email = await screen.findByLabelText('New assistance request: E-mail');
    const inApp = screen.getByLabelText('New assistance request: In the app');
    expect([...inApp.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['At once', 'Off']);
    expect([...email.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['At once', 'Daily digest', 'Weekly digest', 'Off']);
    const save = screen.getByRole('button', { name: 'Save' });
    expect(save).toHaveProperty('disabled', true);
    fireEvent.change(email, { target: { value: 'DAILY' } });
    fireEvent.click(save);
    expect((await screen.findByTestId('preferences-saved')).textContent).toBe('Settings saved.');
    await waitFor(() => expect((screen.getByLabelText('New assistance request: E-mail') as HTMLSelectElement).value).toBe('DAILY'));
  });

  it('has nothing to save once a choice is changed back', async () => {
    renderWithProviders(<PreferencesPage />, {
      locale: 'en',
      mocks: [{ request: { query: NotificationPreferencesQuery }, result: { data: { notificationPreferences: all('WEEKLY') } } }],
    });
    const email = await screen.findByLabelText('New assistance request: E-mail');
    expect((email as HTMLSelectElement).value).toBe('WEEKLY');
    const save = screen.getByRole('button', { name: 'Save' });
    fireEvent.change(email, { target: { value: 'OFF' } });
    await waitFor(() => expect(save).toHaveProperty('disabled', false));
    fireEvent.change(email, { target: { value: 'WEEKLY' } });
    await waitFor(() => expect(save).toHaveProperty('disabled', true));
  });
});
