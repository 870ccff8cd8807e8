import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { ANALYST, regionOptionsMock, STAFF_ID, staffDirectoryMock } from '../../testing/fixtures';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { ChangeNeedStatusMutation, CommentOnNeedMutation, NeedEvidenceNamesQuery, NeedEvidenceOptionsQuery, NeedPageQuery, UpdateNeedMutation } from './needs.graphql';
import { NeedPage } from './need-page';
import { NEED_ID, needData } from './needs-testing';

const pageMock = (data: unknown): Mocks[number] => ({ request: { query: NeedPageQuery, variables: { id: NEED_ID } }, result: { data: { need: data } } });

describe('NeedPage', () => {
  it('offers the allowed moves, asks why, and shows the new status and its history', async () => {
    const moved = needData({
      status: 'ESCALATED',
      version: 2,
      allowedTransitions: ['BEING_ADDRESSED', 'NO_LONGER_RELEVANT'],
      statusHistory: [
        ...needData().statusHistory,
        {
          __typename: 'NeedStatusChange',
          id: 'h2',
          fromStatus: 'OPEN',
          toStatus: 'ESCALATED',
          comment: 'Әкімдікпен шеше алмадық',
          personalDataHidden: null,
          changedBy: STAFF_ID,
          changedAt: '2026-11-21T09:00:00.000Z',
        },
      ],
    });
    const input = { id: NEED_ID, version: 1, status: 'ESCALATED', comment: 'Әкімдікпен шеше алмадық' };
    renderWithProviders(<NeedPage id={NEED_ID} />, {
      mocks: [pageMock(needData()), staffDirectoryMock(), { request: { query: ChangeNeedStatusMutation, variables: { input } }, result: { data: { changeNeedStatus: moved } } }],
      locale: 'en',
    });
    const moves = await screen.findByTestId('need-transitions');
    expect(
      within(moves)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Escalate to the republican office', 'Start addressing', 'Mark no longer relevant']);
    expect(screen.getByTestId('need-narrative').textContent).toBe('Семейдегі жастар тобына жиналатын орын жоқ');

    fireEvent.click(within(moves).getByRole('button', { name: 'Escalate to the republican office' }));
    const form = screen.getByTestId('need-status-form');
    fireEvent.click(within(form).getByRole('button', { name: 'Confirm' }));
    expect((await screen.findByTestId('field-error-comment')).textContent).toBe('This field is required');

    fireEvent.change(within(form).getByLabelText('Why (kept in the history)'), { target: { value: input.comment } });
    fireEvent.click(within(form).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(screen.getByTestId('need-status').textContent).toBe('Escalated to the republican office'));
    const history = within(screen.getByTestId('need-history')).getAllByRole('listitem');
    expect(history.map((step) => step.textContent)).toEqual([expect.stringContaining('Recorded'), expect.stringContaining('Open → Escalated to the republican office')]);
    expect(history[1]?.textContent).toContain('Айгүл Серікова');
    expect(history[1]?.textContent).toContain('Әкімдікпен шеше алмадық');
    expect(screen.queryByTestId('need-status-form')).toBeNull();
  });

  it('adds a comment to the thread, and explains a refused one', async () => {
    const commented = needData({
      comments: [{ __typename: 'NeedComment', id: 'c1', text: 'Келесі аптада кездесеміз', personalDataHidden: null, authorId: STAFF_ID, createdAt: '2026-11-22T09:00:00.000Z' }],
    });
    const mocks: Mocks = [
      pageMock(needData()),
      staffDirectoryMock(),
      { request: { query: CommentOnNeedMutation, variables: { input: { id: NEED_ID, text: 'Келесі аптада кездесеміз' } } }, result: { data: { commentOnNeed: commented } } },
      {
        request: { query: CommentOnNeedMutation, variables: { input: { id: NEED_ID, text: 'Тағы бір' } } },
        result: { errors: [new GraphQLError('closed', { extensions: { code: 'FORBIDDEN', reason: 'OTHER_REGION' } })] },
      },
    ];
    renderWithProviders(<NeedPage id={NEED_ID} />, { mocks });
    const form = await screen.findByTestId('need-comment-form');
    fireEvent.change(within(form).getByLabelText('Пікір'), { target: { value: 'Келесі аптада кездесеміз' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Пікір қосу' }));
    const thread = await screen.findByTestId('need-comments');
    expect(thread.textContent).toContain('Келесі аптада кездесеміз');
    expect((within(form).getByLabelText('Пікір') as HTMLTextAreaElement).value).toBe('');

    fireEvent.change(within(form).getByLabelText('Пікір'), { target: { value: 'Тағы бір' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Пікір қосу' }));
    expect((await screen.findByTestId('form-error')).textContent).toBe('Рұқсат жоқ: бұл басқа өңірдің жазбасы.');
  });

  it('shows an ANALYST the entry without its free text, with no actions, and names the evidence', async () => {
    const hidden = 'PERSONAL_DATA_HIDDEN_FOR_ROLE';
    const organizationId = '7a7a7a7a-1111-4111-8111-111111111111';
    const data = needData({
      narrative: null,
      personalDataHidden: hidden,
      status: 'BEING_ADDRESSED',
      allowedTransitions: ['RESOLVED', 'NO_LONGER_RELEVANT'],
      evidence: { __typename: 'NeedEvidence', organizationIds: [organizationId], contactIds: ['c0c0c0c0-1111-4111-8111-111111111111'], assistanceRequestIds: [], trainingIds: [] },
      statusHistory: [
        ...needData().statusHistory,
        {
          __typename: 'NeedStatusChange',
          id: 'h2',
          fromStatus: 'OPEN',
          toStatus: 'BEING_ADDRESSED',
          comment: null,
          personalDataHidden: hidden,
          changedBy: 'u-abai',
          changedAt: '2026-11-21T09:00:00.000Z',
        },
      ],
      comments: [{ __typename: 'NeedComment', id: 'c1', text: null, personalDataHidden: hidden, authorId: 'u-abai', createdAt: '2026-11-22T09:00:00.000Z' }],
    });
    const names: Mocks[number] = {
      request: { query: NeedEvidenceNamesQuery, variables: { id: NEED_ID } },
      result: {
        data: {
          need: {
            __typename: 'Need',
            id: NEED_ID,
            evidence: {
              __typename: 'NeedEvidence',
              organizations: [{ __typename: 'Organization', id: organizationId, name: 'Жасыл Семей' }],
              assistanceRequests: [],
              trainings: [],
            },
          },
        },
      },
    };
    renderWithProviders(<NeedPage id={NEED_ID} />, { mocks: [pageMock(data), names], viewer: ANALYST, locale: 'en' });
    await screen.findByTestId('need-title');
    expect(screen.getAllByTestId('access-hidden').map((element) => element.textContent)).toEqual([
      'hidden: Personal data is hidden for your role',
      'hidden: Personal data is hidden for your role',
      'hidden: Personal data is hidden for your role',
    ]);
    expect(screen.queryByTestId('need-transitions')).toBeNull();
    expect(screen.queryByTestId('need-comment-form')).toBeNull();
    const evidence = screen.getByTestId('need-evidence');
    expect((await within(evidence).findByRole('link', { name: 'Жасыл Семей' })).getAttribute('href')).toBe(`#/organizations/${organizationId}`);
    expect(evidence.textContent).toContain('Entries: 1');
  });

  it('corrects an open entry, sending only what changed with the version read', async () => {
    const input = { id: NEED_ID, version: 1, districtCode: null, theme: 'FUNDING' };
    const organizations: Mocks[number] = {
      request: { query: NeedEvidenceOptionsQuery, variables: { regionCode: '100000000' } },
      result: {
        data: {
          organizations: { __typename: 'OrganizationConnection', edges: [] },
          assistanceRequests: { __typename: 'AssistanceRequestConnection', edges: [] },
          trainings: { __typename: 'TrainingConnection', edges: [] },
        },
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
    renderWithProviders(<NeedPage id={NEED_ID} />, {
      mocks: [
        pageMock(needData()),
        staffDirectoryMock(),
        regionOptionsMock(),
        organizations,
        {
          request: { query: UpdateNeedMutation, variables: { input } },
          result: { data: { updateNeed: needData({ theme: 'FUNDING', district: null, version: 2, updatedBy: STAFF_ID }) } },
        },
      ],
      locale: 'en',
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit the entry' }));
    const form = screen.getByTestId('edit-need-form');
    await waitFor(() => expect(within(form).getAllByRole('option').length).toBeGreaterThan(3));
    fireEvent.change(within(form).getByLabelText('District'), { target: { value: '' } });
    fireEvent.change(within(form).getByLabelText('Theme'), { target: { value: 'FUNDING' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.getByTestId('need-title').textContent).toBe('Funding'));
    expect(screen.queryByTestId('edit-need-form')).toBeNull();
  });

  it('says there is no such entry', async () => {
    renderWithProviders(<NeedPage id={NEED_ID} />, { mocks: [pageMock(null), staffDirectoryMock()], locale: 'en' });
    expect(await screen.findByText('There is no such entry.')).toBeTruthy();
  });
});
