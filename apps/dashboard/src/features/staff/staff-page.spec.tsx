import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ABAI, regionOptionsMock } from '../../testing/fixtures';
import { badUserInput, inputMock, fill } from '../../testing/forms';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { StaffPage } from './staff-page';
import { CreateStaffAccountMutation, STAFF_PAGE_SIZE, StaffAccountsQuery } from './staff.graphql';

const ACCOUNT_ID = '44444444-4444-4444-8444-444444444444';

const staffListMock = (): Mocks[number] => ({
  request: { query: StaffAccountsQuery, variables: { first: STAFF_PAGE_SIZE } },
  result: {
    data: {
      staffAccounts: {
        __typename: 'StaffAccountConnection',
        totalCount: 0,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: [],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

describe('StaffPage: a new account', () => {
  it('checks the fields first, asks regional staff for a region, and sends the account', async () => {
    let sent: Record<string, unknown> | undefined;
    const created = { __typename: 'StaffAccount', id: ACCOUNT_ID, email: 'aigul@example.kz', name: 'Айгүл Серікова', role: 'REGIONAL_STAFF', active: true };
    const mocks: Mocks = [staffListMock(), regionOptionsMock(), inputMock(CreateStaffAccountMutation, (input) => (sent = input), { data: { createStaffAccount: created } })];
    renderWithProviders(<StaffPage />, { mocks, locale: 'en' });
    await screen.findByText('No accounts.');
    const form = screen.getByTestId('create-staff-form');

    fireEvent.click(within(form).getByRole('button', { name: 'Create' }));
    expect((await screen.findByTestId('field-error-email')).textContent).toBe('This field is required');
    for (const field of ['name', 'role', 'password']) expect(screen.getByTestId(`field-error-${field}`).textContent).toBe('This field is required');

    fill('Email', ' aigul@example.kz ');
    fill('Full name', 'Айгүл Серікова');
    fill('Role', 'REGIONAL_STAFF');
    fill('Initial password', 'long enough password');
    fireEvent.click(within(form).getByRole('button', { name: 'Create' }));
    expect((await screen.findByTestId('field-error-regionCode')).textContent).toBe('This field is required');
    expect(screen.queryByTestId('field-error-email')).toBeNull();
    expect(sent).toBeUndefined();

    await within(form).findByRole('option', { name: 'Abai Region' });
    fill('Region', ABAI.code);
    fireEvent.click(within(form).getByRole('button', { name: 'Create' }));
    expect((await screen.findByRole('status')).textContent).toBe('Account created: aigul@example.kz');
    expect(sent).toEqual({ email: 'aigul@example.kz', name: 'Айгүл Серікова', role: 'REGIONAL_STAFF', regionCode: ABAI.code, password: 'long enough password' });
    expect((screen.getByLabelText('Email') as HTMLInputElement).value).toBe('');
  });

  it('shows the server field errors under their fields, a field the form has not below them', async () => {
    let sent: Record<string, unknown> | undefined;
    const refused = badUserInput(
      { field: 'input.email', code: 'EMAIL_TAKEN', message: 'already an account' },
      { field: 'input.password', code: 'TOO_WEAK', message: 'too weak' },
      { field: 'input.organizationId', code: 'INVALID_ID', message: 'not an id' },
    );
    renderWithProviders(<StaffPage />, {
      mocks: [staffListMock(), regionOptionsMock(), inputMock(CreateStaffAccountMutation, (input) => (sent = input), { errors: [refused] })],
      locale: 'ru',
    });
    await screen.findByText('Учётных записей нет.');
    fill('Электронная почта', 'aigul@example.kz');
    fill('ФИО', 'Айгүл');
    fill('Роль', 'ANALYST');
    fill('Начальный пароль', 'password password');
    fireEvent.click(screen.getByRole('button', { name: 'Создать' }));
    expect((await screen.findByTestId('field-error-email')).textContent).toBe('Этот адрес уже занят другой учётной записью');
    expect(sent).toEqual({ email: 'aigul@example.kz', name: 'Айгүл', role: 'ANALYST', password: 'password password' });
    expect(screen.getByTestId('field-error-password').textContent).toBe('Слишком слабый пароль');
    expect(screen.getByTestId('field-error-other').textContent).toContain('organizationId');
    expect(screen.getByTestId('form-error').textContent).toBe('Учётная запись не создана. Исправьте отмеченные поля.');

    // Corrected, the field's server mark goes at once; the others stay until the next submit.
    fill('Электронная почта', 'aigul.serikova@example.kz');
    await waitFor(() => expect(screen.queryByTestId('field-error-email')).toBeNull());
    expect(screen.getByTestId('field-error-password')).toBeTruthy();
  });
});
