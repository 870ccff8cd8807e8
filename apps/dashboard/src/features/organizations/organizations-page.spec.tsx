import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ABAI, name, regionOptionsMock } from '../../testing/fixtures';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { facetVariables } from './organization-filter';
import { ORGANIZATIONS_PAGE_SIZE, OrganizationFacetsQuery, OrganizationsQuery } from './organizations.graphql';
import { OrganizationsPage } from './organizations-page';

const facet = (value: string, count: number) => ({ __typename: 'FacetCount', value, count });
const facetLists = {
  regions: [facet(ABAI.code, 3)],
  districts: [facet('101000000', 1)],
  kinds: [facet('NGO', 2), facet('INITIATIVE_GROUP', 1)],
  directions: [facet('BILIM', 3)],
  categories: [facet('CHILDREN', 1)],
  modes: [facet('ONLINE', 2)],
  statuses: [facet('ACTIVE', 3)],
  verificationStatuses: [facet('UNVERIFIED', 2), facet('VERIFIED', 1)],
  contact: [facet('NEVER', 3)],
};

/** The facets query for a filter: `all` counts under the whole filter, `extra` the per-dimension aliases. */
function facetsMock(filter: Record<string, unknown>, extra: Record<string, unknown> = {}): Mocks[number] {
  return {
    request: { query: OrganizationFacetsQuery, variables: facetVariables(filter) as unknown as Record<string, unknown> },
    result: { data: { all: { __typename: 'OrganizationFacets', total: 3, ...facetLists }, ...extra } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

function optionLabels(label: string): string[] {
  return within(screen.getByLabelText(label))
    .getAllByRole('option')
    .map((option) => option.textContent ?? '');
}

const organization = (index: number) => ({
  __typename: 'Organization',
  id: `00000000-0000-4000-8000-00000000000${index}`,
  name: `Ұйым ${index}`,
  nameKk: null,
  nameRu: null,
  nameLatin: null,
  kind: 'NGO',
  directions: ['BILIM'],
  status: 'ACTIVE',
  verificationStatus: 'UNVERIFIED',
  createdAt: '2026-11-25T08:00:00.000Z',
  region: { __typename: 'Region', code: ABAI.code, name: ABAI.name },
  district: index === 1 ? { __typename: 'District', code: '101000000', name: name('Семей қ.', 'г. Семей', 'Semey') } : null,
});

const page = (indexes: number[], totalCount: number, hasNextPage: boolean, endCursor: string | null) => ({
  data: {
    organizations: {
      __typename: 'OrganizationConnection',
      totalCount,
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
      edges: indexes.map((index) => ({ __typename: 'OrganizationEdge', cursor: `cursor-${index}`, node: organization(index) })),
    },
  },
});

function rowNames(): string[] {
  return within(screen.getByTestId('organizations-table'))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');
}

describe('OrganizationsPage', () => {
  it('loads the next page with `after` = endCursor and appends it', async () => {
    const mocks: Mocks = [
      regionOptionsMock(),
      facetsMock({}),
      { request: { query: OrganizationsQuery, variables: { filter: {}, orderBy: 'NEWEST', first: ORGANIZATIONS_PAGE_SIZE } }, result: page([1, 2], 3, true, 'cursor-2') },
      {
        request: { query: OrganizationsQuery, variables: { filter: {}, orderBy: 'NEWEST', first: ORGANIZATIONS_PAGE_SIZE, after: 'cursor-2' } },
        result: page([3], 3, false, 'cursor-3'),
      },
    ];
    window.location.hash = '#/organizations';
    renderWithProviders(<OrganizationsPage />, { mocks });

    await waitFor(() => expect(screen.queryByTestId('organizations-table')).not.toBeNull());
    expect(rowNames()).toEqual(['Ұйым 1', 'Ұйым 2']);
    expect(screen.getByTestId('organizations-total').textContent).toBe('Барлығы: 3');
    expect(screen.getByText('3 ішінен 2 көрсетілді')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Тағы жүктеу' }));

    await waitFor(() => expect(rowNames()).toEqual(['Ұйым 1', 'Ұйым 2', 'Ұйым 3']));
    expect(screen.getByText('3 ішінен 3 көрсетілді')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Тағы жүктеу' })).toBeNull();
  });

  it('sends the filters from the address and shows the empty state', async () => {
    const filter = { regionCode: ABAI.code, direction: 'UMIT', kind: 'INDEPENDENT_VOLUNTEER' };
    const mocks: Mocks = [
      regionOptionsMock(),
      facetsMock(filter),
      { request: { query: OrganizationsQuery, variables: { filter, orderBy: 'NEWEST', first: ORGANIZATIONS_PAGE_SIZE } }, result: page([], 0, false, null) },
    ];
    window.location.hash = `#/organizations?region=${ABAI.code}&direction=UMIT&kind=INDEPENDENT_VOLUNTEER`;
    renderWithProviders(<OrganizationsPage />, { mocks });

    expect(await screen.findByText('Сүзгіге сәйкес ұйымдар табылмады.')).toBeTruthy();
    expect(screen.getByTestId('organizations-total').textContent).toBe('Барлығы: 0');
    expect(screen.queryByRole('button', { name: 'Тағы жүктеу' })).toBeNull();
  });

  it('puts a chosen filter into the address', async () => {
    const mocks: Mocks = [
      regionOptionsMock(),
      facetsMock({}),
      { request: { query: OrganizationsQuery, variables: { filter: {}, orderBy: 'NEWEST', first: ORGANIZATIONS_PAGE_SIZE } }, result: page([1], 1, false, 'cursor-1') },
    ];
    window.location.hash = '#/organizations';
    renderWithProviders(<OrganizationsPage />, { mocks });
    await screen.findByTestId('organizations-table');

    fireEvent.change(screen.getByLabelText('Бағыт'), { target: { value: 'SAGLYQ' } });
    expect(window.location.hash).toBe('#/organizations?direction=SAGLYQ');
    // Each choice keeps the others: the address holds the whole view.
    fireEvent.change(screen.getByLabelText('Тексеру'), { target: { value: 'VERIFIED' } });
    expect(window.location.hash).toBe('#/organizations?direction=SAGLYQ&verification=VERIFIED');
    fireEvent.change(screen.getByLabelText('Сұрыптау'), { target: { value: 'NAME' } });
    expect(window.location.hash).toBe('#/organizations?direction=SAGLYQ&verification=VERIFIED&sort=NAME');
  });

  it('shows the count of every option, counting a chosen dimension without its own filter', async () => {
    const filter = { kind: 'NGO' };
    const mocks: Mocks = [
      regionOptionsMock(),
      // Under kind=NGO only NGOs remain; the kind select still counts the other kinds.
      facetsMock(filter, { kindFacets: { __typename: 'OrganizationFacets', kinds: [facet('NGO', 2), facet('INITIATIVE_GROUP', 1), facet('INDEPENDENT_VOLUNTEER', 4)] } }),
      { request: { query: OrganizationsQuery, variables: { filter, orderBy: 'NEWEST', first: ORGANIZATIONS_PAGE_SIZE } }, result: page([1, 2], 2, false, 'cursor-2') },
    ];
    window.location.hash = '#/organizations?kind=NGO';
    renderWithProviders(<OrganizationsPage />, { mocks });
    await waitFor(() => expect(optionLabels('Түрі')).toContain('Волонтерлік ҮЕҰ / КЕҰ (2)'));
    expect(optionLabels('Түрі')).toEqual(['Барлығы', 'Волонтерлік ҮЕҰ / КЕҰ (2)', 'Волонтерлік бастамашыл топ (1)', 'Жеке волонтер (4)']);
    expect(optionLabels('Тексеру')).toEqual(['Барлығы', 'Тексерілмеген (2)', 'Тексерілуде (0)', 'Тексерілген (1)', 'Қабылданбаған (0)', 'Тексеру мерзімі өткен (0)']);
    expect(optionLabels('Өңір')).toEqual(['Барлығы', 'Абай облысы (3)', 'Астана (0)']);
    // No region chosen: its districts cannot be picked yet.
    expect((screen.getByLabelText('Аудан') as HTMLSelectElement).disabled).toBe(true);

    // Another region drops the district of the previous one.
    window.location.hash = '#/organizations?kind=NGO&region=100000000&district=101000000';
    fireEvent.change(screen.getByLabelText('Өңір'), { target: { value: '710000000' } });
    expect(window.location.hash).toBe('#/organizations?kind=NGO&region=710000000');
  });

  it('searches by the typed text, best match first', async () => {
    const mocks: Mocks = [
      regionOptionsMock(),
      facetsMock({}),
      facetsMock({ search: 'kamkor' }),
      { request: { query: OrganizationsQuery, variables: { filter: {}, orderBy: 'NEWEST', first: ORGANIZATIONS_PAGE_SIZE } }, result: page([1, 2], 2, false, 'cursor-2') },
      {
        request: { query: OrganizationsQuery, variables: { filter: { search: 'kamkor' }, orderBy: 'RELEVANCE', first: ORGANIZATIONS_PAGE_SIZE } },
        result: page([3], 1, false, 'cursor-3'),
      },
    ];
    window.location.hash = '#/organizations';
    renderWithProviders(<OrganizationsPage />, { mocks });
    await screen.findByTestId('organizations-table');
    fireEvent.change(screen.getByRole('searchbox', { name: 'Атауы бойынша іздеу' }), { target: { value: 'kamkor ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Іздеу' }));
    expect(window.location.hash).toBe('#/organizations?q=kamkor');
    await waitFor(() => expect(rowNames()).toEqual(['Ұйым 3']));
    expect((screen.getByLabelText('Сұрыптау') as HTMLSelectElement).value).toBe('RELEVANCE');
  });
});
