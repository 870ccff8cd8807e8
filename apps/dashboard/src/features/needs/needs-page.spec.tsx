import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ABAI, ANALYST, ASTANA_STAFF, regionOptionsMock } from '../../testing/fixtures';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { NEEDS_PAGE_SIZE, NeedsQuery } from './needs.graphql';
import { NeedsPage } from './needs-page';
import { SEMEY } from './needs-testing';

const node = (index: number, overrides: Record<string, unknown> = {}) => ({
  __typename: 'Need',
  id: `00000000-0000-4000-8000-00000000000${index}`,
  theme: index % 2 ? 'FUNDING' : 'POPULATION_WARY',
  kind: 'MOVEMENT',
  status: 'ESCALATED',
  narrative: `Сипаттама ${index}`,
  personalDataHidden: null,
  firstNoticedOn: '2026-10-01',
  createdAt: '2026-11-20T09:00:00.000Z',
  region: { __typename: 'Region', code: ABAI.code, name: ABAI.name },
  district: index === 1 ? SEMEY : null,
  ...overrides,
});

const page = (nodes: ReturnType<typeof node>[], totalCount: number, hasNextPage: boolean, endCursor: string | null) => ({
  data: {
    needs: {
      __typename: 'NeedConnection',
      totalCount,
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
      edges: nodes.map((need) => ({ __typename: 'NeedEdge', cursor: `cursor-${need.id}`, node: need })),
    },
  },
});

const listMock = (filter: Record<string, unknown>, result: ReturnType<typeof page>, after?: string): Mocks[number] => ({
  request: { query: NeedsQuery, variables: { filter, first: NEEDS_PAGE_SIZE, ...(after ? { after } : {}) } },
  result,
});

describe('NeedsPage', () => {
  it('filters by what the address says and loads the next page under the first', async () => {
    window.location.hash = `#/needs?region=${ABAI.code}&district=${SEMEY.code}&status=ESCALATED`;
    const filter = { regionCode: ABAI.code, districtCode: SEMEY.code, status: 'ESCALATED' };
    renderWithProviders(<NeedsPage />, {
      mocks: [regionOptionsMock(), listMock(filter, page([node(1)], 2, true, 'c1')), listMock(filter, page([node(2)], 2, false, null), 'c1')],
      locale: 'en',
    });
    const list = await screen.findByTestId('needs-list');
    expect(within(list).getByRole('link', { name: 'Funding' }).getAttribute('href')).toBe('#/needs/00000000-0000-4000-8000-000000000001');
    expect(within(list).getByText("Abai Region · Semey · The volunteer movement's need")).toBeTruthy();
    expect(screen.getByTestId('needs-total').textContent).toBe('Showing 1 of 2');

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(within(screen.getByTestId('needs-list')).getAllByRole('listitem')).toHaveLength(2));
    expect(within(screen.getByTestId('needs-list')).getByRole('link', { name: 'Population wary of volunteering' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    // The district select offers the chosen region's districts.
    await waitFor(() => expect((screen.getByLabelText('District') as HTMLSelectElement).value).toBe(SEMEY.code));
  });

  it('still lists the entries while the registry, which names regions and districts, cannot be reached', async () => {
    renderWithProviders(<NeedsPage />, { mocks: [regionOptionsMock(), listMock({}, page([node(4, { region: null })], 1, false, null))], locale: 'en' });
    const list = await screen.findByTestId('needs-list');
    expect(within(list).getByText("Currently unavailable · The whole region · The volunteer movement's need")).toBeTruthy();
  });

  it('shows an ANALYST that the narrative is withheld, and offers no way to record', async () => {
    renderWithProviders(<NeedsPage />, {
      mocks: [regionOptionsMock(), listMock({}, page([node(3, { narrative: null, personalDataHidden: 'PERSONAL_DATA_HIDDEN_FOR_ROLE' })], 1, false, null))],
      viewer: ANALYST,
      locale: 'ru',
    });
    const hidden = await screen.findByTestId('access-hidden');
    expect(hidden.textContent).toBe('скрыто: Персональные данные скрыты для вашей роли');
    expect(screen.queryByRole('link', { name: 'Записать потребность' })).toBeNull();
  });

  it('says when nothing matches; a regional staff member starts in their own region and can record', async () => {
    renderWithProviders(<NeedsPage />, { mocks: [regionOptionsMock(), listMock({ regionCode: '710000000' }, page([], 0, false, null))], viewer: ASTANA_STAFF });
    expect((await screen.findByText('Бұл сүзгілерге сай жазба жоқ.')).className).toContain('status-empty');
    expect(screen.getByRole('link', { name: 'Қажеттілікті тіркеу' }).getAttribute('href')).toBe('#/needs/new');
    // No region to choose: the districts are their own region's.
    expect(screen.queryByLabelText('Өңір')).toBeNull();
    await waitFor(() =>
      expect(
        within(screen.getByLabelText('Аудан'))
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['Кез келген аудан', 'Алматы ауданы']),
    );
  });
});
