import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { ABAI, ASTANA, regionOptionsMock } from '../../testing/fixtures';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { CreateOrganizationPage } from './create-organization-page';
import { CreateOrganizationMutation } from './organization-form.graphql';

const validInput = {
  name: 'Жасыл Семей',
  kind: 'INITIATIVE_GROUP',
  regionCode: ABAI.code,
  directions: ['TAZA_ALEM', 'AYALA'],
};

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

function fieldErrorText(field: string): string | null {
  return screen.getByTestId(`field-error-${field}`).textContent;
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
          variables: { input: { ...validInput, districtCode: ASTANA_DISTRICT?.code ?? '' } },
        },
        result: {
          errors: [
            new GraphQLError('Invalid input', {
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [
                  { field: 'name', code: 'TOO_LONG', message: 'must be at most 200 characters' },
                  { field: 'districtCode', code: 'DISTRICT_NOT_IN_REGION', message: 'district 711000000 does not belong to region 100000000' },
                  { field: 'input.kind', code: 'SOMETHING_NEW', message: 'is not accepted today' },
                ],
              },
            }),
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
    expect(fieldErrorText('name')).toBe('Тым ұзын');
    expect(fieldErrorText('districtCode')).toBe('Аудан таңдалған өңірге жатпайды');
    // An unknown code falls back to the server's English message; `input.` paths map to the field.
    expect(fieldErrorText('kind')).toBe('Қате: is not accepted today');
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

    expect(fieldErrorText('name')).toBe('Міндетті өріс');
    expect(fieldErrorText('kind')).toBe('Міндетті өріс');
    expect(fieldErrorText('regionCode')).toBe('Міндетті өріс');
    expect(fieldErrorText('directions')).toBe('Міндетті өріс');
    expect(fieldError('districtCode')).toBeNull();
  });

  it('shows field errors in the chosen language', async () => {
    renderWithProviders(<CreateOrganizationPage />, { mocks: [regionOptionsMock()], locale: 'en' });
    fireEvent.click(screen.getByRole('button', { name: 'Register' }));
    expect(fieldErrorText('name')).toBe('This field is required');
  });

  it('offers only the districts of the chosen region', async () => {
    renderWithProviders(<CreateOrganizationPage />, { mocks: [regionOptionsMock()] });
    const district = screen.getByLabelText('Аудан (міндетті емес)') as HTMLSelectElement;
    expect(district.disabled).toBe(true);

    const region = screen.getByLabelText('Өңір');
    await waitFor(() => expect(within(region).getByRole('option', { name: 'Астана' })).toBeTruthy());
    fireEvent.change(region, { target: { value: ASTANA.code } });
    expect(within(district).getAllByRole('option').map((option) => option.textContent)).toEqual(['Көрсетілмеген', 'Алматы ауданы (Қаладағы аудан)']);

    fireEvent.change(region, { target: { value: ABAI.code } });
    expect(within(district).getAllByRole('option').map((option) => (option as HTMLOptionElement).value)).toEqual(['', '101000000', '102000000']);
  });

  it('goes to the new organization page on success', async () => {
    const mocks: Mocks = [
      regionOptionsMock(),
      {
        request: { query: CreateOrganizationMutation, variables: { input: { ...validInput, districtCode: SEMEY?.code ?? '' } } },
        result: {
          data: {
            createOrganization: {
              __typename: 'Organization',
              id: '6f1c1a52-4c1e-4a57-9d1a-0f0f6a3a1b11',
              name: validInput.name,
              kind: validInput.kind,
              directions: validInput.directions,
              createdAt: '2026-11-25T08:00:00.000Z',
              version: 1,
              region: { __typename: 'Region', code: ABAI.code },
              district: { __typename: 'District', code: SEMEY?.code ?? '' },
            },
          },
        },
      },
    ];
    renderWithProviders(<CreateOrganizationPage />, { mocks });
    await fillValidForm();
    fireEvent.click(screen.getByRole('button', { name: 'Тіркеу' }));
    await waitFor(() => expect(window.location.hash).toBe('#/organizations/6f1c1a52-4c1e-4a57-9d1a-0f0f6a3a1b11'));
  });
});
