import { fireEvent, render, screen } from '@testing-library/react';
import { I18nProvider } from '../i18n/i18n';
import { PagedList, type PagedConnection } from './paged-list';

interface Row {
  id: string;
  label: string;
}

const page = (rows: Row[], totalCount: number, hasNextPage = false): PagedConnection<Row> => ({
  totalCount,
  edges: rows.map((node) => ({ node })),
  pageInfo: { hasNextPage, endCursor: hasNextPage ? 'c1' : null },
});

interface ListProps {
  connection?: PagedConnection<Row>;
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  onLoad?: (after: string | null | undefined) => Promise<unknown>;
}

function renderList({ connection, loading = false, error, onRetry = jest.fn(), onLoad = jest.fn(() => Promise.resolve({ data: {} })) }: ListProps) {
  return render(
    <I18nProvider initialLocale="en">
      <PagedList connection={connection} loading={loading} error={error} onRetry={onRetry} onLoad={onLoad} totalTestId="rows-total" empty="No rows.">
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
    const { rerender } = renderList({ loading: true });
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    expect(screen.queryByTestId('rows-total')).toBeNull();
    const onRetry = jest.fn();
    rerender(
      <I18nProvider initialLocale="en">
        <PagedList<Row> connection={undefined} loading={false} error={new TypeError('Failed to fetch')} onRetry={onRetry} onLoad={jest.fn()} totalTestId="rows-total" empty="No rows.">
          {() => null}
        </PagedList>
      </I18nProvider>,
    );
    expect(screen.getByRole('alert')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('shows how many of all, the rows, and loads the page after the cursor', () => {
    const onLoad = jest.fn(() => Promise.resolve({ data: {} }));
    renderList({ connection: page([{ id: '1', label: 'First' }, { id: '2', label: 'Second' }], 5, true), onLoad });
    expect(screen.getByTestId('rows-total').textContent).toBe('Showing 2 of 5');
    expect(screen.getByTestId('rows').textContent).toBe('FirstSecond');
    expect(screen.queryByText('No rows.')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(onLoad).toHaveBeenCalledWith('c1');
  });

  it('says when there are none, offers no next page after the last, and keeps the rows when a later fetch fails', () => {
    const { unmount } = renderList({ connection: page([], 0) });
    expect(screen.getByText('No rows.')).toBeTruthy();
    expect(screen.queryByTestId('rows')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    unmount();
    renderList({ connection: page([{ id: '1', label: 'First' }], 1), error: new TypeError('Failed to fetch') });
    expect(screen.getByTestId('rows').textContent).toBe('First');
    expect(screen.getByRole('alert')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });
});
