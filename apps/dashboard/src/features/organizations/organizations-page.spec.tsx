import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ABAI, name, regionOptionsMock } from '../../testing/fixtures';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { ORGANIZATIONS_PAGE_SIZE, OrganizationsQuery } from './organizations.graphql';
import { OrganizationsPage } from './organizations-page';

const organization = (index: number) => ({
  __typename: 'Organization',
  id: `00000000-0000-4000-8000-00000000000${index}`,
  name: `Ұйым ${index}`,
  kind: 'NGO',
  directions: ['BILIM'],
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
      { request: { query: OrganizationsQuery, variables: { filter: {}, first: ORGANIZATIONS_PAGE_SIZE } }, result: page([1, 2], 3, true, 'cursor-2') },
      {
        request: { query: OrganizationsQuery, variables: { filter: {}, first: ORGANIZATIONS_PAGE_SIZE, after: 'cursor-2' } },
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
      { request: { query: OrganizationsQuery, variables: { filter, first: ORGANIZATIONS_PAGE_SIZE } }, result: page([], 0, false, null) },
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
      { request: { query: OrganizationsQuery, variables: { filter: {}, first: ORGANIZATIONS_PAGE_SIZE } }, result: page([1], 1, false, 'cursor-1') },
    ];
    window.location.hash = '#/organizations';
    renderWithProviders(<OrganizationsPage />, { mocks });
    await screen.findByTestId('organizations-table');

    fireEvent.change(screen.getByLabelText('Бағыт'), { target: { value: 'SAGLYQ' } });
    expect(window.location.hash).toBe('#/organizations?direction=SAGLYQ');
  });
});
