import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { badUserInput } from '../../testing/forms';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { ApiKeysPage } from './api-keys-page';
import { ApiKeysQuery, CreateApiKeyMutation, RevokeApiKeyMutation } from './api-keys.graphql';
import { apiKeyData } from './api-keys-testing';
import { expiryFromDay } from './create-api-key-form';

const KEY_ID = '22222222-2222-4222-8222-222222222222';
const OLD_KEY_ID = '33333333-3333-4333-8333-333333333333';

const apiKey = (overrides: Record<string, unknown> = {}) => apiKeyData(KEY_ID, overrides);

const revokedKey = apiKey({
  id: OLD_KEY_ID,
  name: 'Old import',
  prefix: 'bgk_ba9876543210',
  revokedAt: '2026-11-20T08:00:00.000Z',
  active: false,
  lastUsedAt: '2026-11-19T10:00:00.000Z',
});

function listMock(keys: ReturnType<typeof apiKey>[]): Mocks[number] {
  return {
    request: { query: ApiKeysQuery, variables: { first: 20 } },
    result: {
      data: {
        apiKeys: {
          __typename: 'ApiKeyConnection',
          totalCount: keys.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: keys.map((node) => ({ __typename: 'ApiKeyEdge', cursor: node.id, node })),
        },
      },
    },
  };
}

describe('ApiKeysPage', () => {
  it('says there are no keys yet', async () => {
    renderWithProviders(<ApiKeysPage />, { mocks: [listMock([])] });
    expect(await screen.findByText('Әзірге API кілттері жоқ.')).toBeTruthy();
  });

  it('lists keys with their scopes, last use and state', async () => {
    renderWithProviders(<ApiKeysPage />, { mocks: [listMock([apiKey(), revokedKey])], locale: 'en' });
    const rows = await screen.findAllByTestId('api-key-row');
    expect(rows).toHaveLength(2);
    const [active, revoked] = rows as [HTMLElement, HTMLElement];
    expect(within(active).getByRole('rowheader').textContent).toContain('bgk_0123456789ab');
    expect(within(active).getByText('registry:read')).toBeTruthy();
    expect(within(active).getByText('Never')).toBeTruthy();
    expect(within(active).getByTestId('api-key-state').textContent).toBe('Active');
    expect(within(active).getByRole('button', { name: 'Revoke' })).toBeTruthy();
    expect(within(revoked).getByTestId('api-key-state').textContent).toBe('Revoked');
    expect(within(revoked).queryByRole('button', { name: 'Revoke' })).toBeNull();
  });

  it('creates a key and shows its secret once, with a warning and a copy button', async () => {
    const secret = 'bgk_0123456789ab_' + 'x'.repeat(43);
    let sent: Record<string, unknown> | undefined;
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    const mocks: Mocks = [
      listMock([]),
      {
        request: {
          query: CreateApiKeyMutation,
          variables: (variables: Record<string, unknown>) => {
            sent = variables['input'] as Record<string, unknown>;
            return true;
          },
        },
        result: { data: { createApiKey: { __typename: 'CreatedApiKey', secret, apiKey: apiKey() } } },
      },
      listMock([apiKey()]),
    ];
    renderWithProviders(<ApiKeysPage />, { mocks, locale: 'en' });
    await screen.findByText('No API keys yet.');

    // The form's own checks first: a name and at least one scope.
    fireEvent.click(screen.getByRole('button', { name: 'Create key' }));
    expect((await screen.findByTestId('field-error-name')).textContent).toBe('This field is required');
    expect(screen.getByTestId('field-error-scopes').textContent).toBe('This field is required');

    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Qazvolunteer.kz' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /registry:read/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /analytics:read/ }));
    fireEvent.change(screen.getByLabelText('Expires'), { target: { value: '2027-11-25' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create key' }));

    const panel = await screen.findByTestId('api-key-secret');
    expect(sent).toEqual({ name: 'Qazvolunteer.kz', scopes: ['registry:read', 'analytics:read'], expiresAt: expiryFromDay('2027-11-25') });
    expect(within(panel).getByTestId('api-key-secret-value').textContent).toBe(secret);
    expect(panel.textContent).toContain('You will not see it again');
    fireEvent.click(within(panel).getByRole('button', { name: 'Copy' }));
    await within(panel).findByRole('button', { name: 'Copied' });
    expect(writeText).toHaveBeenCalledWith(secret);
    expect(await screen.findAllByTestId('api-key-row')).toHaveLength(1);

    // Dismissed, the secret is gone for good: nothing on the page can show it again.
    fireEvent.click(within(panel).getByRole('button', { name: 'I have saved the key' }));
    expect(screen.queryByTestId('api-key-secret')).toBeNull();
    expect(document.body.textContent).not.toContain(secret);
  });

  it('shows the coded field errors of the server under their fields', async () => {
    const mocks: Mocks = [
      listMock([]),
      {
        request: { query: CreateApiKeyMutation, variables: () => true },
        result: {
          errors: [
            badUserInput(
              { field: 'input.name', code: 'LENGTH', message: 'must be 2 to 200 characters' },
              { field: 'input.expiresAt', code: 'TOO_LATE', message: 'must be at most 366 days from now' },
            ),
          ],
        },
      },
    ];
    renderWithProviders(<ApiKeysPage />, { mocks, locale: 'ru' });
    await screen.findByText('API-ключей пока нет.');
    fireEvent.change(screen.getByLabelText('Название'), { target: { value: 'Q' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /registry:read/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Создать ключ' }));
    expect((await screen.findByTestId('field-error-name')).textContent).toBe('Длина от 2 до 200 символов');
    expect(screen.getByTestId('field-error-expiresAt').textContent).toBe('Не позднее чем через 366 дней');
    expect(screen.getByTestId('form-error').textContent).toBe('Ключ не создан. Исправьте отмеченные поля.');
    expect(screen.queryByTestId('api-key-secret')).toBeNull();
  });

  it('revokes a key only after confirmation', async () => {
    let revoked = 0;
    const mocks: Mocks = [
      listMock([apiKey()]),
      {
        request: { query: RevokeApiKeyMutation, variables: { id: KEY_ID } },
        result: () => {
          revoked += 1;
          return { data: { revokeApiKey: apiKey({ revokedAt: '2026-11-25T09:00:00.000Z', active: false }) } };
        },
      },
      listMock([apiKey({ revokedAt: '2026-11-25T09:00:00.000Z', active: false })]),
    ];
    renderWithProviders(<ApiKeysPage />, { mocks, locale: 'en' });
    const row = (await screen.findAllByTestId('api-key-row'))[0] as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: 'Revoke' }));
    const confirm = screen.getByTestId('revoke-confirm');
    expect(confirm.textContent).toContain('Revoke the key “Qazvolunteer.kz”?');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('revoke-confirm')).toBeNull();
    expect(revoked).toBe(0);

    fireEvent.click(within(row).getByRole('button', { name: 'Revoke' }));
    fireEvent.click(within(screen.getByTestId('revoke-confirm')).getByRole('button', { name: 'Yes, revoke' }));
    await waitFor(() => expect(within(row).getByTestId('api-key-state').textContent).toBe('Revoked'));
    expect(revoked).toBe(1);
    expect(within(row).queryByRole('button', { name: 'Revoke' })).toBeNull();
    expect(screen.queryByTestId('revoke-confirm')).toBeNull();
  });
});
