import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { ABAI, regionOptionsMock } from '../../testing/fixtures';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { NeedEvidenceOptionsQuery, RecordNeedMutation } from './needs.graphql';
import { NEED_ID, needData, SEMEY } from './needs-testing';
import { RecordNeedPage } from './record-need-page';

const ORGANIZATION = '7a7a7a7a-1111-4111-8111-111111111111';
const REQUEST = '8b8b8b8b-2222-4222-8222-222222222222';
const organizationsMock: Mocks[number] = {
  request: { query: NeedEvidenceOptionsQuery, variables: { regionCode: ABAI.code } },
  result: {
    data: {
      organizations: {
        __typename: 'OrganizationConnection',
        edges: [{ __typename: 'OrganizationEdge', node: { __typename: 'Organization', id: ORGANIZATION, name: 'Жасыл Семей' } }],
      },
      assistanceRequests: {
        __typename: 'AssistanceRequestConnection',
        edges: [
          {
            __typename: 'AssistanceRequestEdge',
            node: {
              __typename: 'AssistanceRequest',
              id: REQUEST,
              subtype: 'PREMISES_AND_EQUIPMENT',
              createdAt: '2026-11-20T09:00:00.000Z',
              organization: { __typename: 'Organization', id: ORGANIZATION, name: 'Жасыл Семей' },
            },
          },
        ],
      },
      trainings: { __typename: 'TrainingConnection', edges: [] },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('RecordNeedPage', () => {
  it('asks for the region, theme and narrative before sending, then records the need with its district and evidence and opens it', async () => {
    const input = {
      regionCode: ABAI.code,
      theme: 'NO_PLACE_TO_MEET',
      kind: 'FRONT_OFFICE',
      narrative: 'Кеңсеге жиналыс залы керек',
      districtCode: SEMEY.code,
      evidence: { organizationIds: [ORGANIZATION], assistanceRequestIds: [REQUEST] },
    };
    renderWithProviders(<RecordNeedPage />, {
      mocks: [
        regionOptionsMock(),
        organizationsMock,
        { request: { query: RecordNeedMutation, variables: { input } }, result: { data: { recordNeed: needData({ kind: 'FRONT_OFFICE' }) } } },
      ],
      locale: 'en',
    });
    const form = await screen.findByTestId('record-need-form');
    fireEvent.click(within(form).getByRole('button', { name: 'Record' }));
    expect((await screen.findByTestId('field-error-regionCode')).textContent).toBe('This field is required');
    expect(screen.getByTestId('field-error-theme').textContent).toBe('This field is required');
    expect(screen.getByTestId('field-error-narrative').textContent).toBe('This field is required');

    await waitFor(() => expect(within(screen.getByLabelText('Region')).getAllByRole('option').length).toBeGreaterThan(1));
    fireEvent.change(screen.getByLabelText('Region'), { target: { value: ABAI.code } });
    fireEvent.change(screen.getByLabelText('District'), { target: { value: SEMEY.code } });
    fireEvent.change(screen.getByLabelText('Theme'), { target: { value: 'NO_PLACE_TO_MEET' } });
    fireEvent.click(screen.getByLabelText("The front office's own need"));
    fireEvent.change(screen.getByLabelText('Narrative'), { target: { value: '  Кеңсеге жиналыс залы керек ' } });
    fireEvent.click(await screen.findByLabelText('Жасыл Семей'));
    fireEvent.click(screen.getByLabelText(/^Temporary premises and equipment · Жасыл Семей/));
    fireEvent.click(within(form).getByRole('button', { name: 'Record' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/needs/${NEED_ID}`));
  });

  it('marks the field the server names, e.g. a district outside the region', async () => {
    const input = { regionCode: ABAI.code, theme: 'FUNDING', kind: 'MOVEMENT', narrative: 'Қаржы жоқ' };
    const refused = new GraphQLError('district outside', {
      extensions: { code: 'BAD_USER_INPUT', reason: 'DISTRICT_NOT_IN_REGION', fields: [{ field: 'districtCode', code: 'DISTRICT_NOT_IN_REGION', message: 'not in region' }] },
    });
    window.location.hash = `#/needs/new?region=${ABAI.code}`;
    renderWithProviders(<RecordNeedPage />, {
      mocks: [regionOptionsMock(), organizationsMock, { request: { query: RecordNeedMutation, variables: { input } }, result: { errors: [refused] } }],
      locale: 'ru',
    });
    const form = await screen.findByTestId('record-need-form');
    fireEvent.change(screen.getByLabelText('Тема'), { target: { value: 'FUNDING' } });
    fireEvent.change(screen.getByLabelText('Описание'), { target: { value: 'Қаржы жоқ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Записать' }));
    expect((await screen.findByTestId('field-error-districtCode')).textContent).toBe('Район не относится к выбранному региону');
    expect(screen.getByTestId('form-error').textContent).toBe('Не сохранено. Исправьте отмеченные поля.');
  });
});
