import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ANALYST, regionOptionsMock } from '../../testing/fixtures';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { CreatePublicationMutation, PUBLICATIONS_PAGE_SIZE, PublicationsQuery, UpdatePublicationMutation } from './publications.graphql';
import { PublicationsPage } from './publications-page';

const publication = (id: string, outlet: string, over: Record<string, unknown> = {}) => ({
  __typename: 'Publication',
  id,
  outlet,
  title: null,
  publishedOn: '2026-12-01',
  link: 'https://kazinform.kz/story',
  reach: 4000,
  directions: ['TAZA_ALEM'],
  regionCode: '710000000',
  source: 'MANUAL',
  requestId: null,
  version: 1,
  organization: null,
  ...over,
});

const page = (nodes: ReturnType<typeof publication>[], totalReach: number) => ({
  data: {
    publications: {
      __typename: 'PublicationConnection',
      totalCount: nodes.length,
      totalReach,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      edges: nodes.map((node) => ({ __typename: 'PublicationEdge', cursor: node.id, node })),
    },
  },
});

const fromRequest = publication('p2', 'tengrinews.kz', {
  directions: ['QAMQOR', 'TAZA_ALEM'],
  source: 'REQUEST_OUTCOME',
  requestId: 'r-1',
  reach: null,
  title: 'Cleanup in Astana',
  organization: { __typename: 'Organization', id: 'o-1', name: 'Taza Qala' },
});

function mocks(extra: Mocks = []): Mocks {
  return [
    regionOptionsMock(),
    {
      request: { query: PublicationsQuery, variables: { filter: {}, first: PUBLICATIONS_PAGE_SIZE } },
      result: page([publication('p1', 'Kazinform'), fromRequest], 4000),
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    {
      request: { query: PublicationsQuery, variables: { filter: { source: 'REQUEST_OUTCOME' }, first: PUBLICATIONS_PAGE_SIZE } },
      result: page([fromRequest], 0),
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    {
      request: { query: PublicationsQuery, variables: { filter: { direction: 'QAMQOR' }, first: PUBLICATIONS_PAGE_SIZE } },
      result: page([fromRequest], 0),
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    ...extra,
  ];
}

describe('PublicationsPage', () => {
  beforeEach(() => {
    window.location.hash = '#/publications';
  });

  it("lists the coverage with its reach added up, links a request's publication to it, and narrows by source from the address", async () => {
    renderWithProviders(<PublicationsPage />, { locale: 'en', mocks: mocks() });
    const list = await screen.findByTestId('publication-list');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    expect(screen.getByTestId('publication-summary').textContent).toBe('2 publications, total reach: 4,000');
    expect(list.textContent).toContain('Reach: 4,000');
    expect(list.textContent).toContain('Reach unknown');
    expect(within(list).getByRole('link', { name: 'From a request: Taza Qala' }).getAttribute('href')).toContain('/requests/r-1');
    fireEvent.change(screen.getByLabelText('Source'), { target: { value: 'REQUEST_OUTCOME' } });
    await waitFor(() => expect(within(screen.getByTestId('publication-list')).getAllByRole('listitem')).toHaveLength(1));
    expect(window.location.hash).toContain('source=REQUEST_OUTCOME');
  });

  it("shows each publication's directions by their labels and narrows the log to a direction from the address", async () => {
    renderWithProviders(<PublicationsPage />, { locale: 'en', mocks: mocks() });
    const list = await screen.findByTestId('publication-list');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    const [kazinform, tengri] = within(list).getAllByRole('listitem');
    expect(kazinform.textContent).toContain('Reach: 4,000 · BIRGEMIZ: TAZA ALEM — environment');
    expect(tengri.textContent).toContain('BIRGEMIZ: QAMQOR — care homes and social-service centres, BIRGEMIZ: TAZA ALEM — environment');
    const entryForm = screen.getByTestId('publication-form');
    const filter = screen.getAllByLabelText('Direction').find((select) => !entryForm.contains(select));
    fireEvent.change(filter as HTMLElement, { target: { value: 'QAMQOR' } });
    await waitFor(() => expect(within(screen.getByTestId('publication-list')).getAllByRole('listitem')).toHaveLength(1));
    expect(window.location.hash).toContain('direction=QAMQOR');
    expect(screen.getByTestId('publication-list').textContent).toContain('tengrinews.kz');
  });

  it("adds a publication to the chosen region's log, checking the outlet first", async () => {
    const input = { regionCode: '710000000', outlet: 'Khabar 24', publishedOn: '2026-12-02', reach: 12000, directions: ['QAMQOR', 'MEDIA'] };
    renderWithProviders(<PublicationsPage />, {
      locale: 'en',
      mocks: mocks([{ request: { query: CreatePublicationMutation, variables: { input } }, result: { data: { createPublication: { __typename: 'Publication', id: 'p3' } } } }]),
    });
    const form = await screen.findByTestId('publication-form');
    await waitFor(() => expect(within(form).getAllByRole('option', { name: 'Astana' }).length).toBeGreaterThan(0));
    fireEvent.click(within(form).getByRole('button', { name: 'Add' }));
    expect((await screen.findByTestId('field-error-outlet')).textContent).toBe('This field is required');
    expect(screen.getByTestId('field-error-regionCode').textContent).toBe('This field is required');
    fireEvent.change(within(form).getByLabelText('Region'), { target: { value: '710000000' } });
    fireEvent.change(within(form).getByLabelText('Outlet'), { target: { value: 'Khabar 24' } });
    fireEvent.change(within(form).getByLabelText('Published on'), { target: { value: '2026-12-02' } });
    fireEvent.change(within(form).getByLabelText('Reach (readers, views)'), { target: { value: '12000' } });
    // The directions it covers, chosen among the directions' labels: sent as their codes.
    const directions = within(form).getByLabelText('Direction') as HTMLSelectElement;
    const chosen = Array.from(directions.options).filter((option) =>
      ['BIRGEMIZ: QAMQOR — care homes and social-service centres', 'Media volunteering'].includes(option.textContent ?? ''),
    );
    expect(chosen).toHaveLength(2);
    for (const option of chosen) option.selected = true;
    fireEvent.change(directions);
    fireEvent.click(within(form).getByRole('button', { name: 'Add' }));
    expect((await within(form).findByRole('status')).textContent).toBe('The publication was added to the log.');
  });

  it('shows analysts the log without the form, and says when nothing matches', async () => {
    renderWithProviders(<PublicationsPage />, {
      locale: 'kk',
      viewer: ANALYST,
      mocks: [regionOptionsMock(), { request: { query: PublicationsQuery, variables: { filter: {}, first: PUBLICATIONS_PAGE_SIZE } }, result: page([], 0) }],
    });
    expect(await screen.findByText('Сүзгіге сай жарияланым жоқ.')).toBeTruthy();
    expect(screen.queryByTestId('publication-form')).toBeNull();
  });
});

describe('PublicationsPage: completing a publication', () => {
  beforeEach(() => {
    window.location.hash = '#/publications';
  });

  it("records the reach, the outlet's name and the directions of a request's publication, with its version", async () => {
    const one = { ...fromRequest, directions: [], version: 1 };
    renderWithProviders(<PublicationsPage />, {
      locale: 'en',
      mocks: [
        regionOptionsMock(),
        { request: { query: PublicationsQuery, variables: { filter: {}, first: PUBLICATIONS_PAGE_SIZE } }, result: page([one], 0) },
        {
          request: { query: UpdatePublicationMutation, variables: { input: { id: 'p2', version: 1, outlet: 'Tengrinews', reach: 5400, directions: ['TAZA_ALEM'] } } },
          result: { data: { updatePublication: { __typename: 'Publication', id: 'p2', outlet: 'Tengrinews', reach: 5400, directions: ['TAZA_ALEM'], version: 2 } } },
        },
      ],
    });
    const list = await screen.findByTestId('publication-list');
    fireEvent.click(await within(list).findByRole('button', { name: 'Record the reach' }));
    const edit = within(list).getByTestId('publication-edit');
    fireEvent.change(within(edit).getByLabelText('Outlet'), { target: { value: 'Tengrinews' } });
    fireEvent.change(within(edit).getByLabelText('Reach (readers, views)'), { target: { value: '5400' } });
    const directions = within(edit).getByLabelText('Direction') as HTMLSelectElement;
    const environment = Array.from(directions.options).find((option) => option.textContent === 'BIRGEMIZ: TAZA ALEM — environment');
    if (!environment) throw new Error('no TAZA_ALEM option');
    environment.selected = true;
    fireEvent.change(directions);
    fireEvent.click(within(edit).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(list.textContent).toContain('Reach: 5,400 · BIRGEMIZ: TAZA ALEM — environment'));
    expect(list.textContent).toContain('Tengrinews');
    expect(within(list).queryByTestId('publication-edit')).toBeNull();
  });
});

describe('PublicationsPage: place and period', () => {
  it('narrows to a district of the chosen region and a period, kept in the address', async () => {
    window.location.hash = '#/publications?region=710000000';
    const listOf = (filter: Record<string, unknown>, nodes: ReturnType<typeof publication>[]) => ({
      request: { query: PublicationsQuery, variables: { filter, first: PUBLICATIONS_PAGE_SIZE } },
      result: page(nodes, 0),
      maxUsageCount: Number.POSITIVE_INFINITY,
    });
    renderWithProviders(<PublicationsPage />, {
      locale: 'en',
      mocks: [
        regionOptionsMock(),
        listOf({ regionCode: '710000000' }, [publication('p1', 'Kazinform'), publication('p4', 'Astana TV')]),
        listOf({ regionCode: '710000000', districtCode: '711000000' }, [publication('p4', 'Astana TV')]),
        listOf({ regionCode: '710000000', districtCode: '711000000', from: '2026-11-01' }, []),
      ],
    });
    const list = await screen.findByTestId('publication-list');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    await waitFor(() => expect(screen.getAllByRole('option', { name: 'Almaty District' }).length).toBeGreaterThan(0));
    fireEvent.change(screen.getByLabelText('District'), { target: { value: '711000000' } });
    await waitFor(() => expect(within(screen.getByTestId('publication-list')).getAllByRole('listitem')).toHaveLength(1));
    expect(window.location.hash).toContain('district=711000000');
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-11-01' } });
    expect(await screen.findByText('No publications match the filter.')).toBeTruthy();
    expect(window.location.hash).toContain('from=2026-11-01');
  });
});
