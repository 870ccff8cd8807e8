import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import { createCache } from '../../apollo/apollo-client';
import { LoginMutation } from '../../auth/auth.graphql';
import { TestSessionProvider } from '../../auth/session';
import type { IssuedSession } from '../../auth/session-store';
import { I18nProvider, type Locale } from '../../i18n/i18n';
import { TestRouter, type Mocks } from '../../testing/render';
import { LoginPage } from './login-page';

const credentials = { email: 'astana@demo.birge.kz', password: 'demo-astana-2026' };

function renderLogin(mocks: Mocks, locale: Locale = 'kk') {
  const signIn = jest.fn<void, [IssuedSession]>();
  render(
    <MockedProvider mocks={mocks} cache={createCache()} mockLinkDefaultOptions={{ delay: 5 }}>
      <I18nProvider initialLocale={locale}>
        <TestSessionProvider viewer={{ kind: 'anonymous' }} onSignIn={signIn}>
          <TestRouter>
            <LoginPage next="/requests" />
          </TestRouter>
        </TestSessionProvider>
      </I18nProvider>
    </MockedProvider>,
  );
  return signIn;
}

function fill(locale: 'kk' | 'en' = 'kk') {
  fireEvent.change(screen.getByLabelText(locale === 'kk' ? 'Электрондық пошта' : 'Email'), { target: { value: credentials.email } });
  fireEvent.change(screen.getByLabelText(locale === 'kk' ? 'Құпиясөз' : 'Password'), { target: { value: credentials.password } });
  fireEvent.click(screen.getByRole('button', { name: locale === 'kk' ? 'Кіру' : 'Sign in' }));
}

const failing = (extensions: Record<string, unknown>): Mocks[number] => ({
  request: { query: LoginMutation, variables: credentials },
  result: { errors: [new GraphQLError('refused', { extensions })] },
});

describe('LoginPage', () => {
  it('says the email or password is wrong (INVALID_CREDENTIALS) and signs nobody in', async () => {
    const signIn = renderLogin([failing({ code: 'INVALID_CREDENTIALS' })]);
    fill();
    expect((await screen.findByTestId('login-error')).textContent).toBe('Электрондық пошта немесе құпиясөз қате.');
    expect(signIn).not.toHaveBeenCalled();
  });

  it('says how long a locked account waits (ACCOUNT_LOCKED with retryAfterSeconds), in English too', async () => {
    renderLogin([failing({ code: 'ACCOUNT_LOCKED', retryAfterSeconds: 601 })], 'en');
    fill('en');
    expect((await screen.findByTestId('login-error')).textContent).toBe('Too many failed attempts. Try again in 11 min.');
  });

  it('asks for both fields before calling the server', async () => {
    renderLogin([]);
    fireEvent.click(screen.getByRole('button', { name: 'Кіру' }));
    expect((await screen.findByTestId('field-error-email')).textContent).toBe('Міндетті өріс');
    expect(screen.getByTestId('field-error-password').textContent).toBe('Міндетті өріс');
  });

  it('keeps the issued session and goes where the person was headed', async () => {
    const session = {
      __typename: 'AuthSession',
      accessToken: 'access',
      expiresAt: '2026-11-25T09:15:00.000Z',
      refreshToken: 'refresh',
      refreshTokenExpiresAt: '2026-12-25T09:00:00.000Z',
      account: { __typename: 'StaffAccount', id: 'u1', email: credentials.email, name: 'Астана қызметкері', role: 'REGIONAL_STAFF', active: true, region: null },
    };
    const signIn = renderLogin([{ request: { query: LoginMutation, variables: credentials }, result: { data: { login: session } } }]);
    fill();
    await waitFor(() => expect(signIn).toHaveBeenCalledTimes(1));
    expect(signIn.mock.calls[0]?.[0]).toMatchObject({ accessToken: 'access', refreshToken: 'refresh' });
    expect(window.location.hash).toBe('#/requests');
  });
});
