import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { ABAI, unreadCountMock } from '../../testing/fixtures';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { OrganizationPageQuery, REQUESTS_PAGE_SIZE, SubmitAssistanceRequestMutation } from './organization.graphql';
import { OrganizationPage } from './organization-page';

const ID = '6f1c1a52-4c1e-4a57-9d1a-0f0f6a3a1b11';
const variables = { id: ID, requestsFirst: REQUESTS_PAGE_SIZE };

const request = {
  __typename: 'AssistanceRequest',
  id: 'a1',
  type: 'CONSULTATIVE',
  subtype: 'ORGANIZATION_REGISTRATION',
  status: 'NEW',
  description: 'Тіркеуге көмек керек',
  createdAt: '2026-11-25T09:00:00.000Z',
  outcome: null as unknown,
  rating: null as unknown,
};

const emptyConnection = (typename: string) => ({ __typename: typename, totalCount: 0, edges: [] });

function organization(assistanceRequests: unknown) {
  return {
    __typename: 'Organization',
    id: ID,
    name: 'Жасыл Семей',
    kind: 'INITIATIVE_GROUP',
    directions: ['TAZA_ALEM'],
    createdAt: '2026-11-25T08:00:00.000Z',
    version: 1,
    region: { __typename: 'Region', code: ABAI.code, name: ABAI.name },
    district: null,
    assistanceRequests,
    bookings: emptyConnection('BookingConnection'),
    trainings: emptyConnection('TrainingRegistrationConnection'),
  };
}

const requests = (nodes: (typeof request)[]) => ({
  __typename: 'AssistanceRequestConnection',
  totalCount: nodes.length,
  pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: nodes.length ? 'c1' : null },
  edges: nodes.map((node) => ({ __typename: 'AssistanceRequestEdge', cursor: `c-${node.id}`, node })),
});

describe('OrganizationPage', () => {
  it('shows the organization and "unavailable" when its assistance requests could not be loaded', async () => {
    const mocks: Mocks = [
      {
        request: { query: OrganizationPageQuery, variables },
        result: {
          data: { organization: organization(null) },
          errors: [new GraphQLError('assistance is down', { path: ['organization', 'assistanceRequests'], extensions: { code: 'SERVICE_UNAVAILABLE' } })],
        },
      },
    ];
    renderWithProviders(<OrganizationPage id={ID} />, { mocks });
    expect((await screen.findByTestId('organization-name')).textContent).toBe('Жасыл Семей');
    expect(screen.getByText('Волонтерлік бастамашыл топ')).toBeTruthy();
    expect(screen.getByText('Абай облысы')).toBeTruthy();
    expect(screen.getByTestId('requests-unavailable').textContent).toBe('Қазір қолжетімсіз');
  });

  it('says so when there is no such organization', async () => {
    const mocks: Mocks = [{ request: { query: OrganizationPageQuery, variables }, result: { data: { organization: null } } }];
    renderWithProviders(<OrganizationPage id={ID} />, { mocks, locale: 'en' });
    expect(await screen.findByText('No such organization.')).toBeTruthy();
  });

  it('offers only the sub-types of the chosen type', async () => {
    const mocks: Mocks = [{ request: { query: OrganizationPageQuery, variables }, result: { data: { organization: organization(requests([])) } } }];
    renderWithProviders(<OrganizationPage id={ID} />, { mocks });
    await screen.findByText('Әзірге сұраулар жоқ.');

    const subtype = screen.getByLabelText('Кіші түрі') as HTMLSelectElement;
    expect(subtype.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Көмек түрі'), { target: { value: 'CONSULTATIVE' } });
    expect(within(subtype).getAllByRole('option').map((option) => (option as HTMLOptionElement).value)).toEqual(['', 'ORGANIZATION_REGISTRATION', 'GRANT_AND_REPORTING_DOCUMENTS']);
    fireEvent.change(subtype, { target: { value: 'GRANT_AND_REPORTING_DOCUMENTS' } });

    // Another type clears the sub-type, which belonged to the first one.
    fireEvent.change(screen.getByLabelText('Көмек түрі'), { target: { value: 'INFORMATIONAL' } });
    expect(subtype.value).toBe('');
    expect(within(subtype).getAllByRole('option')).toHaveLength(5);
  });

  it('submits a request, lists it, and shows per-field server errors', async () => {
    const input = { organizationId: ID, type: 'CONSULTATIVE', subtype: 'ORGANIZATION_REGISTRATION', description: request.description };
    const mocks: Mocks = [
      { request: { query: OrganizationPageQuery, variables }, result: { data: { organization: organization(requests([])) } } },
      {
        request: { query: SubmitAssistanceRequestMutation, variables: { input: { ...input, description: 'x' } } },
        result: {
          errors: [
            new GraphQLError('Invalid input', {
              extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'description', code: 'TOO_SHORT', message: 'must be at least 10 characters' }] },
            }),
          ],
        },
      },
      { request: { query: SubmitAssistanceRequestMutation, variables: { input } }, result: { data: { submitAssistanceRequest: request } } },
      { request: { query: OrganizationPageQuery, variables }, result: { data: { organization: organization(requests([request])) } } },
      unreadCountMock(1),
    ];
    renderWithProviders(<OrganizationPage id={ID} />, { mocks });
    await screen.findByText('Әзірге сұраулар жоқ.');

    fireEvent.change(screen.getByLabelText('Көмек түрі'), { target: { value: 'CONSULTATIVE' } });
    fireEvent.change(screen.getByLabelText('Кіші түрі'), { target: { value: 'ORGANIZATION_REGISTRATION' } });
    fireEvent.change(screen.getByLabelText('Сипаттама'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Жіберу' }));
    expect((await screen.findByTestId('field-error-description')).textContent).toBe('Тым қысқа');
    expect(screen.queryByTestId('field-error-type')).toBeNull();

    fireEvent.change(screen.getByLabelText('Сипаттама'), { target: { value: request.description } });
    fireEvent.click(screen.getByRole('button', { name: 'Жіберу' }));

    const list = await screen.findByTestId('request-list');
    expect(within(list).getByText('Тіркеуге көмек керек')).toBeTruthy();
    expect(within(list).getByText('Консультативтік көмек')).toBeTruthy();
    expect(within(list).getByText('Жаңа')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Сұрау жіберілді.');
    await waitFor(() => expect((screen.getByLabelText('Сипаттама') as HTMLTextAreaElement).value).toBe(''));
    expect(screen.queryByTestId('field-error-description')).toBeNull();
  });
});
