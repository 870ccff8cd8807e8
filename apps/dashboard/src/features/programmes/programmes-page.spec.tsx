import { GraphQLError } from 'graphql';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { name, regionOptionsMock } from '../../testing/fixtures';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { AnnounceGrantProgrammeMutation, GrantProgrammesQuery, PROGRAMMES_PAGE_SIZE } from './programmes.graphql';
import { CLOSING_SOON_DAYS, ProgrammesPage } from './programmes-page';

const programme = (id: string, en: string, over: Record<string, unknown> = {}) => ({
  __typename: 'GrantProgramme',
  id,
  title: { ...name(`${en} kk`, `${en} ru`, en), __typename: 'ProgrammeTitle' },
  funderName: 'Civic Fund',
  directions: ['TAZA_ALEM'],
  actorKinds: ['NGO'],
  regionCodes: [],
  ownerRegionCode: null,
  amountMin: 500000,
  amountMax: 3000000,
  opensOn: '2026-12-01',
  closesOn: '2026-12-31',
  link: 'https://fund.kz/green',
  announcedAt: null,
  documents: [],
  ...over,
});

const page = (nodes: ReturnType<typeof programme>[]) => ({
  data: {
    grantProgrammes: {
      __typename: 'GrantProgrammeConnection',
      totalCount: nodes.length,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      edges: nodes.map((node) => ({ __typename: 'GrantProgrammeEdge', cursor: node.id, node })),
    },
  },
});

function mocks(extra: Mocks = []): Mocks {
  return [
    regionOptionsMock(),
    {
      request: { query: GrantProgrammesQuery, variables: { filter: {}, first: PROGRAMMES_PAGE_SIZE } },
      result: page([programme('p1', 'Green grants'), programme('p2', 'Youth grants', { closesOn: '2026-12-10' })]),
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    {
      request: { query: GrantProgrammesQuery, variables: { filter: { closingWithinDays: CLOSING_SOON_DAYS }, first: PROGRAMMES_PAGE_SIZE } },
      result: page([programme('p2', 'Youth grants', { closesOn: '2026-12-10' })]),
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    ...extra,
  ];
}

describe('ProgrammesPage', () => {
  beforeEach(() => {
    window.location.hash = '#/programmes';
  });

  it('lists the programmes with funder, amounts and dates, and narrows to those closing soon from the address', async () => {
    renderWithProviders(<ProgrammesPage />, { locale: 'en', mocks: mocks() });
    const list = await screen.findByTestId('programme-list');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    expect(list.textContent).toContain('Green grants');
    expect(list.textContent).toContain('Funder: Civic Fund');
    expect(list.textContent).toContain('Applications: 2026-12-01 – 2026-12-31');
    fireEvent.click(screen.getByLabelText(`Closing within ${CLOSING_SOON_DAYS} days`));
    await waitFor(() => expect(within(screen.getByTestId('programme-list')).getAllByRole('listitem')).toHaveLength(1));
    expect(window.location.hash).toContain('soon=1');
    expect(screen.getByTestId('programme-list').textContent).toContain('Youth grants');
  });

  it("announces a programme in the reader's language and says where the draft waits", async () => {
    renderWithProviders(<ProgrammesPage />, {
      locale: 'ru',
      mocks: mocks([
        {
          request: { query: AnnounceGrantProgrammeMutation, variables: { input: { id: 'p1', language: 'ru' } } },
          result: { data: { announceGrantProgramme: { __typename: 'GrantProgramme', id: 'p1', announcedAt: '2026-12-07T07:00:00.000Z' } } },
        },
      ]),
    });
    const list = await screen.findByTestId('programme-list');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    expect(list.textContent).toContain('Green grants ru');
    fireEvent.click(within(list).getAllByRole('button', { name: 'Подготовить объявление' })[0]);
    expect((await screen.findByRole('status')).textContent).toContain('Черновик объявления');
  });

  it('says why a programme could not be announced, and shows no success', async () => {
    renderWithProviders(<ProgrammesPage />, {
      locale: 'ru',
      mocks: mocks([
        {
          request: { query: AnnounceGrantProgrammeMutation, variables: { input: { id: 'p1', language: 'ru' } } },
          result: { errors: [new GraphQLError('Программа закрыта', { extensions: { code: 'CONFLICT' } })] },
        },
      ]),
    });
    const list = await screen.findByTestId('programme-list');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    fireEvent.click(within(list).getAllByRole('button', { name: 'Подготовить объявление' })[0]);
    expect((await screen.findByTestId('form-error')).textContent).toContain('Обновите страницу');
    expect(screen.queryByRole('status')).toBeNull();
  });
});
