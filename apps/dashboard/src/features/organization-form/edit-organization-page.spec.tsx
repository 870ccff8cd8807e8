import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { ABAI, regionOptionsMock } from '../../testing/fixtures';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { EditOrganizationPage } from './edit-organization-page';
import { EditOrganizationQuery, UpdateOrganizationMutation } from './organization-form.graphql';

const ID = '6f1c1a52-4c1e-4a57-9d1a-0f0f6a3a1b11';
const [SEMEY] = ABAI.districts;

const record = (version: number, name: string) => ({
  __typename: 'Organization',
  id: ID,
  name,
  nameKk: 'Қамқор',
  nameRu: 'Камкор',
  nameLatin: null,
  kind: 'NGO',
  legalForm: 'PUBLIC_ASSOCIATION',
  bin: '180240000014',
  qazvolunteerId: null,
  directions: ['QAMQOR'],
  categories: [],
  modes: ['OFFLINE'],
  description: null,
  contactPeople: [],
  volunteerCount: 12,
  foundedOn: null,
  status: 'ACTIVE',
  version,
  region: { __typename: 'Region', code: ABAI.code },
  district: { __typename: 'District', code: SEMEY?.code },
});

const editMock = (version: number, name: string): Mocks[number] => ({
  request: { query: EditOrganizationQuery, variables: { id: ID } },
  result: { data: { organization: record(version, name) } },
});

/** What the form sends back unchanged but for the name: the record read, its region and district as codes. */
const update = (version: number, name: string) => {
  const { __typename, region, district, ...fields } = record(version, name);
  return { ...fields, regionCode: region.code, districtCode: district.code };
};

describe('EditOrganizationPage', () => {
  it('sends the version it read; a stale version offers to reload, and the reloaded record saves', async () => {
    const mocks: Mocks = [
      regionOptionsMock(),
      editMock(3, 'Қамқор'),
      {
        request: { query: UpdateOrganizationMutation, variables: { input: update(3, 'Қамқор қоғамдық бірлестігі') } },
        result: {
          errors: [
            new GraphQLError('Organization was changed by someone else', {
              extensions: { code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: 4, fields: [{ field: 'version', code: 'STALE_VERSION', message: 'stale' }] },
            }),
          ],
        },
      },
      editMock(4, 'Қамқор (жаңартылған)'),
      {
        request: { query: UpdateOrganizationMutation, variables: { input: update(4, 'Қамқор қоғамдық бірлестігі') } },
        result: { data: { updateOrganization: { ...record(5, 'Қамқор қоғамдық бірлестігі'), updatedAt: '2026-11-25T09:00:00.000Z', updatedBy: 'u1' } } },
      },
    ];
    window.location.hash = `#/organizations/${ID}/edit`;
    renderWithProviders(<EditOrganizationPage id={ID} />, { mocks });

    const nameInput = (await screen.findByLabelText('Атауы')) as HTMLInputElement;
    expect(nameInput.value).toBe('Қамқор');
    expect((screen.getByLabelText('БСН (12 сан)') as HTMLInputElement).value).toBe('180240000014');
    fireEvent.change(nameInput, { target: { value: 'Қамқор қоғамдық бірлестігі' } });
    fireEvent.click(screen.getByRole('button', { name: 'Сақтау' }));

    const failure = await screen.findByTestId('form-error');
    expect(failure.textContent).toContain('Бұл жазбаны басқа біреу өзгертті.');
    expect(window.location.hash).toBe(`#/organizations/${ID}/edit`);
    // The edits stay until the person chooses to reload.
    expect((screen.getByLabelText('Атауы') as HTMLInputElement).value).toBe('Қамқор қоғамдық бірлестігі');

    fireEvent.click(within(failure).getByRole('button', { name: 'Қайта жүктеу' }));
    await waitFor(() => expect((screen.getByLabelText('Атауы') as HTMLInputElement).value).toBe('Қамқор (жаңартылған)'));
    expect(screen.queryByTestId('form-error')).toBeNull();

    fireEvent.change(screen.getByLabelText('Атауы'), { target: { value: 'Қамқор қоғамдық бірлестігі' } });
    fireEvent.click(screen.getByRole('button', { name: 'Сақтау' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/organizations/${ID}`));
  });
});
