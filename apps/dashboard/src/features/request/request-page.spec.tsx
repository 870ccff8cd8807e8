import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import type { Viewer } from '../../auth/session';
import { ABAI, ANALYST } from '../../testing/fixtures';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { StaffDirectoryQuery } from '../reference/staff.graphql';
import { AssistanceRequestPageQuery, ChangeAssistanceRequestStatusMutation } from './request.graphql';
import { RequestPage } from './request-page';

const ID = '0b8f6a9e-1d2c-4f0a-9a57-5b1e2d3c4f50';

function request(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'AssistanceRequest',
    id: ID,
    type: 'INFORMATIONAL',
    subtype: 'MEDIA_PUBLICITY',
    status: 'IN_PROGRESS',
    description: 'Акция туралы жариялау керек',
    personalDataHidden: null,
    createdAt: '2026-11-20T09:00:00.000Z',
    createdBy: 'u-admin',
    updatedAt: '2026-11-21T09:00:00.000Z',
    version: 3,
    wishedForDate: null,
    assigneeId: null,
    dueAt: '2026-11-27T09:00:00.000Z',
    overdue: false,
    allowedTransitions: ['WAITING_ON_STATE_BODY', 'RESOLVED', 'DECLINED', 'WITHDRAWN'],
    outcome: null,
    rating: null,
    timeline: [],
    referrals: [],
    attachments: [],
    organization: { __typename: 'Organization', id: 'org-1', name: 'Жасыл Семей' },
    region: { __typename: 'Region', code: ABAI.code, name: ABAI.name },
    ...overrides,
  };
}

const pageMock = (data: unknown): Mocks[number] => ({ request: { query: AssistanceRequestPageQuery, variables: { id: ID } }, result: { data: { assistanceRequest: data } } });
const staffMock: Mocks[number] = {
  request: { query: StaffDirectoryQuery, variables: { filter: { active: true } } },
  result: { data: { staffAccounts: { __typename: 'StaffAccountConnection', edges: [] } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function actionLabels(): string[] {
  return within(screen.getByTestId('request-actions'))
    .getAllByRole('button')
    .map((button) => button.textContent ?? '');
}

describe('RequestPage', () => {
  it('offers exactly the moves the API allows, in its order', async () => {
    renderWithProviders(<RequestPage id={ID} />, { mocks: [pageMock(request({ status: 'NEW', allowedTransitions: ['TRIAGED', 'DECLINED', 'WITHDRAWN'] })), staffMock] });
    await screen.findByTestId('request-actions');
    expect(actionLabels()).toEqual(['Қаралды деп белгілеу', 'Бас тарту', 'Кері қайтарылды']);
    expect(screen.queryByRole('button', { name: 'Шешілді' })).toBeNull();
    expect(screen.getByTestId('request-status').textContent).toBe('Жаңа');
  });

  it('shows no moves for a final request, and no actions at all to an ANALYST', async () => {
    const { unmount } = renderWithProviders(<RequestPage id={ID} />, { mocks: [pageMock(request({ status: 'RESOLVED', allowedTransitions: [] })), staffMock] });
    expect((await screen.findByTestId('request-final')).textContent).toBe('Сұрау жабылған: әрі қарай қадам жоқ.');
    unmount();

    renderWithProviders(<RequestPage id={ID} />, { mocks: [pageMock(request())], viewer: ANALYST });
    await screen.findByTestId('request-title');
    expect(screen.queryByTestId('request-actions')).toBeNull();
    expect(screen.queryByTestId('comment-form')).toBeNull();
  });

  it("shows another region's staff what is withheld and why", async () => {
    const almatyStaff: Viewer = {
      kind: 'account',
      account: {
        id: 'u-al',
        email: 'almaty@demo.birge.kz',
        name: 'Almaty',
        role: 'REGIONAL_STAFF',
        active: true,
        region: { code: '750000000', name: { kk: 'Алматы', ru: 'Алматы', en: 'Almaty' } },
      },
    };
    const hidden = 'OTHER_REGION';
    const data = request({
      description: null,
      personalDataHidden: hidden,
      timeline: [
        {
          __typename: 'AssistanceTimelineEntry',
          id: 't1',
          kind: 'COMMENT',
          at: '2026-11-21T09:00:00.000Z',
          authorId: 'u-admin',
          text: null,
          personalDataHidden: hidden,
          fromStatus: null,
          toStatus: null,
          assigneeId: null,
          referralId: null,
          attachmentId: null,
        },
      ],
      referrals: [
        {
          __typename: 'StateBodyReferral',
          id: 'r1',
          stateBody: 'Әкімдік',
          referredOn: '2026-11-21',
          note: null,
          answer: null,
          answeredOn: '2026-11-22',
          createdAt: '2026-11-21T09:00:00.000Z',
          personalDataHidden: hidden,
        },
      ],
      attachments: [
        {
          __typename: 'AssistanceAttachment',
          id: 'f1',
          fileName: null,
          mimeType: 'application/pdf',
          sizeBytes: 1024,
          createdAt: '2026-11-21T09:00:00.000Z',
          createdBy: 'u-admin',
          personalDataHidden: hidden,
        },
      ],
    });
    renderWithProviders(<RequestPage id={ID} />, { mocks: [pageMock(data), staffMock], viewer: almatyStaff, locale: 'ru' });
    await screen.findByTestId('request-title');
    const labels = screen.getAllByTestId('access-hidden').map((element) => element.textContent);
    expect(labels).toHaveLength(4);
    expect(new Set(labels)).toEqual(new Set(['скрыто: Запись другого региона: видны только открытые данные']));
    // The answer is withheld, not missing: no answer form, the date still says it came.
    expect(within(screen.getByTestId('request-referrals')).getByText(/2026-11-22/)).toBeTruthy();
    expect(within(screen.getByTestId('request-attachments')).queryByRole('button')).toBeNull();
    expect(screen.queryByTestId('request-actions')).toBeNull();
  });

  it('asks for the publication link before resolving with PUBLICATION_MADE, offering only the results of the sub-type', async () => {
    renderWithProviders(<RequestPage id={ID} />, { mocks: [pageMock(request()), staffMock], locale: 'en' });
    await screen.findByTestId('request-actions');
    fireEvent.click(screen.getByRole('button', { name: 'Resolve' }));
    const form = screen.getByTestId('status-change-form');
    const result = within(form).getByLabelText('Result') as HTMLSelectElement;
    // MEDIA_PUBLICITY has one possible result, chosen already.
    expect(
      within(result)
        .getAllByRole('option')
        .map((option) => (option as HTMLOptionElement).value),
    ).toEqual(['', 'PUBLICATION_MADE']);
    expect(result.value).toBe('PUBLICATION_MADE');
    fireEvent.click(within(form).getByRole('button', { name: 'Confirm' }));
    expect((await screen.findByTestId('field-error-outcome.link')).textContent).toBe('This field is required');
  });

  it('explains a refused move (INVALID_TRANSITION) with the allowed statuses, in the chosen language', async () => {
    const input = { id: ID, version: 3, status: 'DECLINED', comment: 'Қайталанған сұрау' };
    const mocks: Mocks = [
      pageMock(request()),
      staffMock,
      {
        request: { query: ChangeAssistanceRequestStatusMutation, variables: { input } },
        result: {
          errors: [
            new GraphQLError('a request in RESOLVED cannot move to DECLINED', {
              extensions: {
                code: 'BAD_USER_INPUT',
                reason: 'INVALID_TRANSITION',
                from: 'RESOLVED',
                to: 'DECLINED',
                allowedTransitions: [],
                fields: [{ field: 'status', code: 'INVALID_TRANSITION', message: 'cannot move' }],
              },
            }),
          ],
        },
      },
    ];
    renderWithProviders(<RequestPage id={ID} />, { mocks, locale: 'ru' });
    await screen.findByTestId('request-actions');
    fireEvent.click(screen.getByRole('button', { name: 'Отклонить' }));
    const form = screen.getByTestId('status-change-form');
    // Declining needs a reason: asked before anything is sent.
    fireEvent.click(within(form).getByRole('button', { name: 'Подтвердить' }));
    expect((await screen.findByTestId('field-error-comment')).textContent).toBe('Обязательное поле');

    fireEvent.change(within(form).getByLabelText('Причина отказа'), { target: { value: input.comment } });
    fireEvent.click(within(form).getByRole('button', { name: 'Подтвердить' }));
    expect((await screen.findByTestId('form-error')).textContent).toBe('Обращение нельзя перевести в этот статус. Допустимые: нет (обращение закрыто).');
  });

  it('names the allowed statuses of an INVALID_TRANSITION', async () => {
    const input = { id: ID, version: 3, status: 'WITHDRAWN' };
    const mocks: Mocks = [
      pageMock(request()),
      staffMock,
      {
        request: { query: ChangeAssistanceRequestStatusMutation, variables: { input } },
        result: { errors: [new GraphQLError('no', { extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_TRANSITION', allowedTransitions: ['RESOLVED', 'DECLINED'] } })] },
      },
    ];
    renderWithProviders(<RequestPage id={ID} />, { mocks });
    await screen.findByTestId('request-actions');
    fireEvent.click(screen.getByRole('button', { name: 'Кері қайтарылды' }));
    fireEvent.click(within(screen.getByTestId('status-change-form')).getByRole('button', { name: 'Растау' }));
    expect((await screen.findByTestId('form-error')).textContent).toBe('Сұрауды бұл мәртебеге ауыстыруға болмайды. Рұқсат етілгендері: Шешілді, Қабылданбады.');
  });

  it('tells the person to reload on a stale version, and reloads the request', async () => {
    const input = { id: ID, version: 3, status: 'RESOLVED', outcome: { result: 'PUBLICATION_MADE', link: 'https://kaz.example/news/1' } };
    const mocks: Mocks = [
      pageMock(request()),
      staffMock,
      {
        request: { query: ChangeAssistanceRequestStatusMutation, variables: { input } },
        result: { errors: [new GraphQLError('changed by someone else', { extensions: { code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: 4 } })] },
      },
      pageMock(request({ version: 4, status: 'DECLINED', allowedTransitions: [] })),
    ];
    renderWithProviders(<RequestPage id={ID} />, { mocks });
    await screen.findByTestId('request-actions');
    fireEvent.click(screen.getByRole('button', { name: 'Шешілді' }));
    const form = screen.getByTestId('status-change-form');
    fireEvent.change(within(form).getByLabelText('Жарияланым сілтемесі'), { target: { value: input.outcome.link } });
    fireEvent.click(within(form).getByRole('button', { name: 'Растау' }));

    const alert = await screen.findByTestId('form-error');
    expect(alert.textContent).toContain('Бұл жазбаны басқа біреу өзгертті. Бетті қайта жүктеп, әрекетті қайталаңыз.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Қайта жүктеу' }));
    await waitFor(() => expect(screen.getByTestId('request-status').textContent).toBe('Қабылданбады'));
    expect(screen.queryByTestId('request-actions')).toBeNull();
  });
});
