import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { PageInfoFieldsFragment } from '../gql/graphql';
import { I18nProvider, type Locale } from '../i18n/i18n';
import { deferred } from '../testing/deferred';
import { LoadMore } from './load-more';

const NEXT: PageInfoFieldsFragment = { hasNextPage: true, endCursor: 'c2' };

function renderLoadMore(onLoad: (after: string | null | undefined) => Promise<unknown>, locale: Locale = 'en', pageInfo = NEXT) {
  return render(
    <I18nProvider initialLocale={locale}>
      <LoadMore pageInfo={pageInfo} onLoad={onLoad} />
    </I18nProvider>,
  );
}

describe('LoadMore', () => {
  it('shows nothing after the last page', () => {
    const { container } = renderLoadMore(jest.fn(), 'en', { ...NEXT, hasNextPage: false, endCursor: null });
    expect(container.textContent).toBe('');
  });

  it('loads the page after the cursor, saying so until it comes', async () => {
    const page = deferred<unknown>();
    const onLoad = jest.fn(() => page.promise);
    renderLoadMore(onLoad);
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(onLoad).toHaveBeenCalledWith('c2');
    const button = screen.getByRole('button', { name: 'Loading…' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    page.resolve({ data: {} });
    await screen.findByRole('button', { name: 'Load more' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says why a page could not be loaded, and a retry loads it', async () => {
    const onLoad = jest.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValueOnce({ data: {} });
    renderLoadMore(onLoad, 'kk');
    fireEvent.click(screen.getByRole('button', { name: 'Тағы жүктеу' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Серверге қосылу мүмкін болмады');
    fireEvent.click(screen.getByRole('button', { name: 'Қайталау' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(onLoad).toHaveBeenCalledTimes(2);
    expect(onLoad).toHaveBeenLastCalledWith('c2');
  });

  it('takes a result that carries an error (a query keeping partial data) as a failure', async () => {
    const error = new CombinedGraphQLErrors({ data: null, errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] });
    renderLoadMore(jest.fn().mockResolvedValue({ data: undefined, error }), 'ru');
    fireEvent.click(screen.getByRole('button', { name: 'Загрузить ещё' }));
    expect((await screen.findByRole('alert')).textContent).toContain('У вас нет прав на это действие.');
    expect(screen.getByRole('button', { name: 'Загрузить ещё' })).toBeTruthy();
  });
});
