import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { ABAI, ASTANA, regionOptionsMock } from '../../testing/fixtures';
import { badUserInput } from '../../testing/forms';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { CreateOrganizationPage } from './create-organization-page';
import { CreateOrganizationMutation } from './organization-form.graphql';

const validInput = {
  name: 'Жасыл Семей',
  kind: 'INITIATIVE_GROUP',
  regionCode: ABAI.code,
  directions: ['TAZA_ALEM', 'AYALA'],
};

/** What the form sends for `validInput`: every profile field, empty ones as null, and the duplicate check on. */
const sent = (overrides: Record<string, unknown> = {}) => ({
  nameKk: null,
  nameRu: null,
  nameLatin: null,
  legalForm: null,
  bin: null,
  qazvolunteerId: null,
  categories: [],
  modes: [],
  description: null,
  volunteerCount: null,
  foundedOn: null,
  status: 'ACTIVE',
  contactPeople: [],
  confirmNotDuplicate: false,
  ...validInput,
  districtCode: SEMEY?.code ?? '',
  ...overrides,
});

const created = (id: string, overrides: Record<string, unknown> = {}) => ({
  data: {
    createOrganization: {
      __typename: 'Organization',
      id,
      name: validInput.name,
      kind: validInput.kind,
      directions: validInput.directions,
      createdAt: '2026-11-25T08:00:00.000Z',
      version: 1,
      region: { __typename: 'Region', code: ABAI.code },
      district: { __typename: 'District', code: SEMEY?.code ?? '' },
      ...overrides,
    },
  },
});

async function fillValidForm(districtCode = SEMEY?.code ?? '') {
  fireEvent.change(screen.getByLabelText('Атауы'), { target: { value: validInput.name } });
  fireEvent.change(screen.getByLabelText('Түрі'), { target: { value: validInput.kind } });
  const region = screen.getByLabelText('Өңір');
  await waitFor(() => expect(within(region).getByRole('option', { name: 'Абай облысы' })).toBeTruthy());
  fireEvent.change(region, { target: { value: ABAI.code } });
  fireEvent.change(screen.getByLabelText('Аудан (міндетті емес)'), { target: { value: districtCode } });
  fireEvent.click(screen.getByRole('checkbox', { name: /TAZA ÁLEM/ }));
  fireEvent.click(screen.getByRole('checkbox', { name: /AYALA/ }));
}

function fieldError(field: string): HTMLElement | null {
  return screen.queryByTestId(`field-error-${field}`);
}

async function fieldErrorText(field: string): Promise<string | null> {
  return (await screen.findByTestId(`field-error-${field}`)).textContent;
}

const [SEMEY] = ABAI.districts;
const [ASTANA_DISTRICT] = ASTANA.districts;

describe('CreateOrganizationPage', () => {
  it('shows each field error the server returns under its field, translated by code', async () => {
    const mocks: Mocks = [
      regionOptionsMock(),
      {
        request: {
          query: CreateOrganizationMutation,
          variables: { input: sent({ districtCode: ASTANA_DISTRICT?.code ?? '' }) },
        },
        result: {
          errors: [
            badUserInput(
              { field: 'name', code: 'TOO_LONG', message: 'must be at most 200 characters' },
              { field: 'districtCode', code: 'DISTRICT_NOT_IN_REGION', message: 'district 711000000 does not belong to region 100000000' },
              { field: 'input.kind', code: 'SOMETHING_NEW', message: 'is not accepted today' },
            ),
          ],
        },
      },
    ];
    renderWithProviders(<CreateOrganizationPage />, { mocks });

    // A district of another region cannot be picked in the select; force it to get the server rule.
    await fillValidForm();
    const district = screen.getByLabelText('Аудан (міндетті емес)') as HTMLSelectElement;
    const foreign = document.createElement('option');
    foreign.value = ASTANA_DISTRICT?.code ?? '';
    district.appendChild(foreign);
    fireEvent.change(district, { target: { value: foreign.value } });
    fireEvent.click(screen.getByRole('button', { name: 'Тіркеу' }));

    await waitFor(() => expect(fieldError('name')).not.toBeNull());
    expect(await fieldErrorText('name')).toBe('Тым ұзын');
    expect(await fieldErrorText('districtCode')).toBe('Аудан таңдалған өңірге жатпайды');
    // An unknown code falls back to the server's English message; `input.` paths map to the field.
    expect(await fieldErrorText('kind')).toBe('Қате: is not accepted today');
    expect(fieldError('regionCode')).toBeNull();
    expect(fieldError('directions')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('Ұйым тіркелмеді');
    // The field error is tied to its control for screen readers.
    expect(screen.getByLabelText('Атауы').getAttribute('aria-invalid')).toBe('true');
    expect(window.location.hash).toBe('');
  });

  it('marks missing fields as required without calling the server', async () => {
    renderWithProviders(<CreateOrganizationPage />, { mocks: [regionOptionsMock()] });
    fireEvent.click(screen.getByRole('button', { name: 'Тіркеу' }));

    expect(await fieldErrorText('name')).toBe('Міндетті өріс');
    expect(await fieldErrorText('kind')).toBe('Міндетті өріс');
    expect(await fieldErrorText('regionCode')).toBe('Міндетті өріс');
    expect(await fieldErrorText('directions')).toBe('Міндетті өріс');
    expect(fieldError('districtCode')).toBeNull();
  });

  it('shows field errors in the chosen language', async () => {
    renderWithProviders(<CreateOrganizationPage />, { mocks: [regionOptionsMock()], locale: 'en' });
    fireEvent.click(screen.getByRole('button', { name: 'Register' }));
    expect(await fieldErrorText('name')).toBe('This field is required');
  });

  it('offers only the districts of the chosen region', async () => {
    renderWithProviders(<CreateOrganizationPage />, { mocks: [regionOptionsMock()] });
    const district = screen.getByLabelText('Аудан (міндетті емес)') as HTMLSelectElement;
    expect(district.disabled).toBe(true);

    const region = screen.getByLabelText('Өңір');
    await waitFor(() => expect(within(region).getByRole('option', { name: 'Астана' })).toBeTruthy());
    fireEvent.change(region, { target: { value: ASTANA.code } });
    expect(
      within(district)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Көрсетілмеген', 'Алматы ауданы (Қаладағы аудан)']);

    fireEvent.change(region, { target: { value: ABAI.code } });
    expect(
      within(district)
        .getAllByRole('option')
        .map((option) => (option as HTMLOptionElement).value),
    ).toEqual(['', '101000000', '102000000']);
  });

  it('goes to the new organization page on success', async () => {
    const mocks: Mocks = [
      regionOptionsMock(),
      {
        request: { query: CreateOrganizationMutation, variables: { input: sent() } },
        result: created('6f1c1a52-4c1e-4a57-9d1a-0f0f6a3a1b11'),
      },
    ];
    renderWithProviders(<CreateOrganizationPage />, { mocks });
    await fillValidForm();
    fireEvent.click(screen.getByRole('button', { name: 'Тіркеу' }));
    await waitFor(() => expect(window.location.hash).toBe('#/organizations/6f1c1a52-4c1e-4a57-9d1a-0f0f6a3a1b11'));
  });

  it('shows an invalid BIN under the BIN field of an NGO, and a taken BIN with a link to the record that has it', async () => {
    const ngo = { kind: 'NGO', legalForm: 'PUBLIC_FOUNDATION' };
    const EXISTING = '0b7c2a52-4c1e-4a57-9d1a-0f0f6a3a1b22';
    const mocks: Mocks = [
      regionOptionsMock(),
      {
        request: { query: CreateOrganizationMutation, variables: { input: sent({ ...ngo, bin: '123456789012' }) } },
        result: {
          errors: [badUserInput({ field: 'bin', code: 'INVALID_BIN', message: 'check digit does not match' })],
        },
      },
      {
        request: { query: CreateOrganizationMutation, variables: { input: sent({ ...ngo, bin: '180240000014' }) } },
        result: {
          errors: [
            new GraphQLError('An organization with this BIN is already registered: "Қамқор"', {
              extensions: {
                code: 'CONFLICT',
                reason: 'DUPLICATE_BIN',
                existingId: EXISTING,
                existingName: 'Қамқор',
                fields: [{ field: 'bin', code: 'DUPLICATE_BIN', message: 'taken' }],
              },
            }),
          ],
        },
      },
    ];
    renderWithProviders(<CreateOrganizationPage />, { mocks });
    await fillValidForm();
    expect(screen.queryByLabelText('БСН (12 сан)')).toBeNull();
    fireEvent.change(screen.getByLabelText('Түрі'), { target: { value: 'NGO' } });
    fireEvent.change(screen.getByLabelText('Ұйымдық-құқықтық нысаны'), { target: { value: 'PUBLIC_FOUNDATION' } });
    fireEvent.change(screen.getByLabelText('БСН (12 сан)'), { target: { value: '123456789012' } });
    fireEvent.click(screen.getByRole('button', { name: 'Тіркеу' }));

    await waitFor(() => expect(fieldError('bin')).not.toBeNull());
    expect(await fieldErrorText('bin')).toBe('БСН дұрыс емес: 12 сан және дұрыс бақылау разряды керек');
    expect(screen.getByLabelText('БСН (12 сан)').getAttribute('aria-invalid')).toBe('true');
    expect(fieldError('name')).toBeNull();

    fireEvent.change(screen.getByLabelText('БСН (12 сан)'), { target: { value: '180240000014' } });
    fireEvent.click(screen.getByRole('button', { name: 'Тіркеу' }));
    const notice = await screen.findByTestId('existing-record');
    expect(notice.textContent).toContain('Бұл БСН басқа жазбада тіркелген.');
    expect(within(notice).getByRole('link', { name: 'Ашу: Қамқор' }).getAttribute('href')).toBe(`#/organizations/${EXISTING}`);
    expect(await fieldErrorText('bin')).toBe('Бұл БСН басқа жазбада бар');
    expect(window.location.hash).toBe('');
  });

  it('lists records with a similar name; "create anyway" confirms and creates', async () => {
    const SIMILAR = '0b7c2a52-4c1e-4a57-9d1a-0f0f6a3a1b33';
    const mocks: Mocks = [
      regionOptionsMock(),
      {
        request: { query: CreateOrganizationMutation, variables: { input: sent() } },
        result: {
          errors: [
            new GraphQLError('1 registered record(s) of the region have a similar name', {
              extensions: {
                code: 'CONFLICT',
                reason: 'POSSIBLE_DUPLICATES',
                possibleDuplicates: [{ id: SIMILAR, name: 'Жасыл Семей қоры', similarity: 0.72 }],
                fields: [{ field: 'name', code: 'POSSIBLE_DUPLICATES', message: 'is close to "Жасыл Семей қоры"' }],
              },
            }),
          ],
        },
      },
      { request: { query: CreateOrganizationMutation, variables: { input: sent({ confirmNotDuplicate: true }) } }, result: created('6f1c1a52-4c1e-4a57-9d1a-0f0f6a3a1b44') },
    ];
    renderWithProviders(<CreateOrganizationPage />, { mocks });
    await fillValidForm();
    fireEvent.click(screen.getByRole('button', { name: 'Тіркеу' }));

    const candidates = await screen.findByTestId('possible-duplicates');
    expect(within(candidates).getByText('Жасыл Семей қоры')).toBeTruthy();
    expect(within(candidates).getByText('ұқсастығы 72%')).toBeTruthy();
    expect(within(candidates).getByRole('link', { name: 'Бар жазбаны ашу' }).getAttribute('href')).toBe(`#/organizations/${SIMILAR}`);
    // The similar name is not a mistake of the name field.
    expect(fieldError('name')).toBeNull();
    expect(window.location.hash).toBe('');

    fireEvent.click(within(candidates).getByRole('button', { name: 'Бәрібір тіркеу' }));
    await waitFor(() => expect(window.location.hash).toBe('#/organizations/6f1c1a52-4c1e-4a57-9d1a-0f0f6a3a1b44'));
  });

  it('sends the contact people with their consent to announcements and shows a wrong phone under that person', async () => {
    const person = { name: 'Айбек Нұрланов', role: 'жетекші', phones: ['8 701 123'], emails: ['aibek@example.kz'], socialLinks: [], emailConsent: true };
    const mocks: Mocks = [
      regionOptionsMock(),
      {
        request: { query: CreateOrganizationMutation, variables: { input: sent({ contactPeople: [person] }) } },
        result: {
          errors: [badUserInput({ field: 'contactPeople.0.phones.0', code: 'INVALID_PHONE', message: 'no' })],
        },
      },
    ];
    renderWithProviders(<CreateOrganizationPage />, { mocks, locale: 'ru' });
    fireEvent.change(screen.getByLabelText('Название'), { target: { value: validInput.name } });
    fireEvent.change(screen.getByLabelText('Тип'), { target: { value: validInput.kind } });
    const region = screen.getByLabelText('Регион');
    await waitFor(() => expect(within(region).getAllByRole('option').length).toBeGreaterThan(2));
    fireEvent.change(region, { target: { value: ABAI.code } });
    fireEvent.change(screen.getByLabelText('Район (необязательно)'), { target: { value: SEMEY?.code } });
    fireEvent.click(screen.getByRole('checkbox', { name: /TAZA ÁLEM/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /AYALA/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Добавить контактное лицо' }));
    const card = screen.getByTestId('contact-person-0');
    fireEvent.change(within(card).getByLabelText('ФИО'), { target: { value: person.name } });
    fireEvent.change(within(card).getByLabelText('Роль'), { target: { value: person.role } });
    fireEvent.change(within(card).getByLabelText('Телефоны'), { target: { value: '8 701 123' } });
    fireEvent.change(within(card).getByLabelText('Эл. почта'), { target: { value: 'aibek@example.kz' } });
    fireEvent.click(within(card).getByRole('checkbox', { name: /Согласен\(на\) получать объявления/ }));
    fireEvent.click(screen.getByRole('button', { name: /Зарегистрировать|Тіркеу|Register/ }));
    await waitFor(() => expect(fieldError('contactPeople.0.phones')).not.toBeNull());
    expect(await fieldErrorText('contactPeople.0.phones')).toBe('Неверный номер телефона');
  });
});
