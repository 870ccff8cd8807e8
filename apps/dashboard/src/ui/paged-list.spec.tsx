import { fireEvent, render, screen } from '@testing-library/react';
import { I18nProvider } from '../i18n/i18n';
import { PagedList, type PagedConnection, type PagedQuery } from './paged-list';

interface Row {
  id: string;
  label: string;
}

const page = (rows: Row[], totalCount: number, hasNextPage = false): PagedConnection<Row> => ({
  totalCount,
  edges: rows.map((node) => ({ node })),
  pageInfo: { hasNextPage, endCursor: hasNextPage ? 'c1' : null },
});

const query = (overrides: Partial<PagedQuery> = {}): PagedQuery => ({
  loading: false,
  refetch: jest.fn(() => Promise.resolve({})),
  fetchMore: jest.fn(() => Promise.resolve({ data: {} })),
  ...overrides,
});

function renderList(connection: PagedConnection<Row> | undefined, pagedQuery: PagedQuery) {
  return render(
    <I18nProvider initialLocale="en">
      <PagedList query={pagedQuery} connection={connection} totalTestId="rows-total" empty="No rows.">
        {(nodes) => (
          <ul data-testid="rows">
            {nodes.map((node) => (
              <li key={node.id}>{node.label}</li>
            ))}
          </ul>
        )}
      </PagedList>
    </I18nProvider>,
  );
}

describe('PagedList', () => {
  it('says it loads until the first page comes, then why it failed, with a retry', () => {
    const { unmount } = renderList(undefined, query({ loading: true }));
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    expect(screen.queryByTestId('rows-total')).toBeNull();
    unmount();
    const failed = query({ error: new TypeError('Failed to fetch') });
    renderList(undefined, failed);
    expect(screen.getByRole('alert')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(failed.refetch).toHaveBeenCalledTimes(1);
  });

  it('shows how many of all, the rows, and loads the page after the cursor', () => {
    const paged = query();
    renderList(
      page(
        [
          { id: '1', label: 'First' },
          { id: '2', label: 'Second' },
        ],
        5,
        true,
      ),
      paged,
    );
    expect(screen.getByTestId('rows-total').textContent).toBe('Showing 2 of 5');
    expect(screen.getByTestId('rows').textContent).toBe('FirstSecond');
    expect(screen.queryByText('No rows.')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(paged.fetchMore).toHaveBeenCalledWith({ variables: { after: 'c1' } });
  });

  it('says when there are none, offers no next page after the last, and keeps the rows when a later fetch fails', () => {
    const { unmount } = renderList(page([], 0), query());
    expect(screen.getByText('No rows.')).toBeTruthy();
    expect(screen.queryByTestId('rows')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    unmount();
    renderList(page([{ id: '1', label: 'First' }], 1), query({ error: new TypeError('Failed to fetch') }));
    expect(screen.getByTestId('rows').textContent).toBe('First');
    expect(screen.getByRole('alert')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });
});
