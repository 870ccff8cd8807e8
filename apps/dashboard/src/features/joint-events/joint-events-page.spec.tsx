import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Viewer } from '../../auth/session';
import { name, regionOptionsMock } from '../../testing/fixtures';
import { renderWithProviders, type Mocks } from '../../testing/render';
import {
  AddJointEventFollowUpMutation,
  CreateJointEventMutation,
  FollowUpOptionsQuery,
  InviteOptionsQuery,
  JOINT_EVENTS_PAGE_SIZE,
  JointEventsQuery,
  UpdateJointEventMutation,
} from './joint-events.graphql';
import { JointEventsPage } from './joint-events-page';

const ASTANA = '710000000';
const staff: Viewer = {
  kind: 'account',
  account: {
    id: 'u-st',
    email: 'astana@demo.birge.kz',
    name: 'Staff',
    role: 'REGIONAL_STAFF',
    active: true,
    region: { __typename: 'Region', code: ASTANA, name: name('Астана', 'Астана', 'Astana') },
  },
} as Viewer;

const event = (over: Record<string, unknown> = {}) => ({
  __typename: 'JointEvent',
  id: 'e1',
  kind: 'ROUND_TABLE',
  title: 'Volunteers and the akimat',
  heldOn: '2026-11-20',
  regionCode: ASTANA,
  place: 'Akimat hall',
  directions: ['QAMQOR'],
  agreed: 'A shared list of families to visit',
  invitedCount: 2,
  attendedCount: 1,
  version: 3,
  invited: [
    {
      __typename: 'JointEventParticipant',
      kind: 'STATE_BODY',
      id: 'sb-1',
      attended: true,
      organization: null,
      stateBody: { __typename: 'StateBody', id: 'sb-1', name: name('Астана әкімдігі', 'Акимат Астаны', 'Akimat of Astana') },
      sponsor: null,
    },
    {
      __typename: 'JointEventParticipant',
      kind: 'ORGANIZATION',
      id: 'o-1',
      attended: false,
      organization: { __typename: 'Organization', id: 'o-1', name: 'Taza Qala' },
      stateBody: null,
      sponsor: null,
    },
  ],
  followUps: [{ __typename: 'JointEventFollowUp', id: 'f1', kind: 'ASSISTANCE_REQUEST', targetId: 'r-1', note: 'Transport' }],
  ...over,
});

const page = (nodes: ReturnType<typeof event>[]) => ({
  data: {
    jointEvents: {
      __typename: 'JointEventConnection',
      totalCount: nodes.length,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      edges: nodes.map((node) => ({ __typename: 'JointEventEdge', cursor: node.id, node })),
    },
  },
});

const listMock = (filter: Record<string, unknown>, nodes: ReturnType<typeof event>[]): Mocks[number] => ({
  request: { query: JointEventsQuery, variables: { filter, first: JOINT_EVENTS_PAGE_SIZE } },
  result: page(nodes),
  maxUsageCount: Number.POSITIVE_INFINITY,
});

const optionsMock: Mocks[number] = {
  request: { query: InviteOptionsQuery, variables: { regionCode: ASTANA } },
  result: {
    data: {
      stateBodies: {
        __typename: 'StateBodyConnection',
        edges: [{ __typename: 'StateBodyEdge', node: { __typename: 'StateBody', id: 'sb-1', name: name('Астана әкімдігі', 'Акимат Астаны', 'Akimat of Astana') } }],
      },
      sponsors: { __typename: 'SponsorConnection', edges: [{ __typename: 'SponsorEdge', node: { __typename: 'Sponsor', id: 'sp-1', name: 'Astana Green Business' } }] },
      organizations: { __typename: 'OrganizationConnection', edges: [{ __typename: 'OrganizationEdge', node: { __typename: 'Organization', id: 'o-1', name: 'Taza Qala' } }] },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** The page as Astana's staff see it: the region's `events` listed, with the one more answer a test needs. */
const renderForStaff = (events: ReturnType<typeof event>[], more: Mocks, locale: 'en' | 'ru' = 'en') =>
  renderWithProviders(<JointEventsPage />, { locale, viewer: staff, mocks: [regionOptionsMock(), optionsMock, listMock({ regionCode: ASTANA }, events), ...more] });

describe('JointEventsPage', () => {
  beforeEach(() => {
    window.location.hash = '#/events';
  });

  it("lists the region's events with who came, what was agreed and what followed, and narrows by kind from the address", async () => {
    renderForStaff([event()], [listMock({ regionCode: ASTANA, kind: 'FORUM' }, [])], 'ru');
    const list = await screen.findByTestId('joint-event-list');
    await waitFor(() => expect(within(list).getAllByText('Volunteers and the akimat')).toHaveLength(1));
    expect(list.textContent).toContain('Круглый стол');
    expect(list.textContent).toContain('Пришли: 1 из приглашённых: 2');
    expect(within(list).getByRole('list', { name: 'Приглашённые' }).textContent).toBe('Акимат Астаны — пришёлTaza Qala — не пришёл');
    expect(list.textContent).toContain('Договорились: A shared list of families to visit');
    expect(within(list).getByRole('link', { name: 'Заявка на помощь' }).getAttribute('href')).toContain('/requests/r-1');
    fireEvent.change(screen.getAllByLabelText('Вид')[0], { target: { value: 'FORUM' } });
    expect(await screen.findByText('Нет мероприятий по этому фильтру.')).toBeTruthy();
    expect(window.location.hash).toContain('kind=FORUM');
  });

  it('records who came to a held event, sending the whole invitation list with its version', async () => {
    const invited = [
      { kind: 'STATE_BODY', id: 'sb-1', attended: true },
      { kind: 'ORGANIZATION', id: 'o-1', attended: true },
    ];
    renderForStaff(
      [event()],
      [
        {
          request: { query: UpdateJointEventMutation, variables: { input: { id: 'e1', version: 3, invited } } },
          result: { data: { updateJointEvent: event({ attendedCount: 2, version: 4, invited: event().invited.map((p) => ({ ...p, attended: true })) }) } },
        },
      ],
    );
    const list = await screen.findByTestId('joint-event-list');
    fireEvent.click(await within(list).findByRole('button', { name: 'Record who came' }));
    fireEvent.click(within(list).getByLabelText('Taza Qala'));
    fireEvent.click(within(list).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(list.textContent).toContain('Came: 2 of 2 invited'));
  });

  it("records a new event in the staff member's region, inviting an organization of the region and a state body and a sponsor of the directory", async () => {
    const input = {
      regionCode: ASTANA,
      kind: 'FORUM',
      title: 'Volunteer forum',
      heldOn: '2026-12-20',
      directions: [],
      invited: [
        { kind: 'ORGANIZATION', id: 'o-1' },
        { kind: 'STATE_BODY', id: 'sb-1' },
        { kind: 'SPONSOR', id: 'sp-1' },
      ],
    };
    renderForStaff(
      [],
      [
        {
          request: { query: CreateJointEventMutation, variables: { input } },
          result: { data: { createJointEvent: event({ id: 'e2', kind: 'FORUM', title: 'Volunteer forum', heldOn: '2026-12-20' }) } },
        },
      ],
    );
    const form = await screen.findByTestId('joint-event-form');
    await waitFor(() => expect(within(form).getAllByRole('option', { name: 'Astana Green Business' })).toHaveLength(1));
    fireEvent.change(within(form).getByLabelText('Kind'), { target: { value: 'FORUM' } });
    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'Volunteer forum' } });
    fireEvent.change(within(form).getByLabelText('Date'), { target: { value: '2026-12-20' } });
    (within(form).getByRole('option', { name: 'Taza Qala' }) as HTMLOptionElement).selected = true;
    fireEvent.change(within(form).getByLabelText('Organizations invited'));
    (within(form).getByRole('option', { name: 'Akimat of Astana' }) as HTMLOptionElement).selected = true;
    fireEvent.change(within(form).getByLabelText('State bodies invited'));
    (within(form).getByRole('option', { name: 'Astana Green Business' }) as HTMLOptionElement).selected = true;
    fireEvent.change(within(form).getByLabelText('Sponsors and partners invited'));
    fireEvent.click(within(form).getByRole('button', { name: 'Add' }));
    expect((await within(form).findByRole('status')).textContent).toBe('The event was recorded.');
  });

  it('records a need of the region that followed an event, chosen from its register', async () => {
    const followUps = [...event().followUps, { __typename: 'JointEventFollowUp', id: 'f2', kind: 'NEED', targetId: 'n-1', note: 'Premises for the club' }];
    renderForStaff(
      [event()],
      [
        {
          request: { query: FollowUpOptionsQuery, variables: { regionCode: ASTANA } },
          result: {
            data: {
              assistanceRequests: { __typename: 'AssistanceRequestConnection', edges: [] },
              needs: {
                __typename: 'NeedConnection',
                edges: [{ __typename: 'NeedEdge', node: { __typename: 'Need', id: 'n-1', theme: 'NO_PLACE_TO_MEET', firstNoticedOn: '2026-11-02' } }],
              },
            },
          },
        },
        {
          request: { query: AddJointEventFollowUpMutation, variables: { input: { eventId: 'e1', kind: 'NEED', targetId: 'n-1', note: 'Premises for the club' } } },
          result: { data: { addJointEventFollowUp: event({ version: 4, followUps }) } },
        },
      ],
    );
    const list = await screen.findByTestId('joint-event-list');
    fireEvent.click(await within(list).findByRole('button', { name: 'Record what followed' }));
    const form = within(list).getByTestId('follow-up-form');
    fireEvent.change(within(form).getByLabelText('What followed'), { target: { value: 'NEED' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record' }));
    expect((await within(form).findByTestId('field-error-targetId')).textContent).toBe('This field is required');
    await waitFor(() => expect(within(within(form).getByLabelText('Which one')).getAllByRole('option')).toHaveLength(2));
    fireEvent.change(within(form).getByLabelText('Which one'), { target: { value: 'n-1' } });
    fireEvent.change(within(form).getByLabelText('What was agreed about it (optional)'), { target: { value: 'Premises for the club' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record' }));
    await waitFor(() => expect(within(list).getByRole('link', { name: 'Need' }).getAttribute('href')).toContain('/needs/n-1'));
    expect(within(list).queryByTestId('follow-up-form')).toBeNull();
  });
});
