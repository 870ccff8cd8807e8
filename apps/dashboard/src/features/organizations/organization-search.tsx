import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { queryWith } from './organization-filter';

/** Typing settles for this long before the search goes into the address (and to the server). */
export const SEARCH_DELAY_MS = 350;

/** The search box of the list: what is typed goes into the address after a short pause, or at once on submit. */
export function OrganizationSearch({ searched }: { searched: string }) {
  const navigate = useNavigate();
  const { t } = useI18n();
  const [query] = useSearchParams();
  const [search, setSearch] = useState(searched);

  // Typing searches after a short pause; the address stays the single source of the filter.
  const queryString = query.toString();
  // The address changed by a link or the back button: the box shows what is searched.
  useEffect(() => {
    setSearch((typed) => (typed.trim() === searched ? typed : searched));
  }, [searched]);
  useEffect(() => {
    const current = new URLSearchParams(queryString);
    if (search.trim() === (current.get('q') ?? '').trim()) return undefined;
    const timer = setTimeout(() => navigate(queryWith(current, 'q', search.trim())), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search, queryString]);

  function submitSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    navigate(queryWith(query, 'q', search.trim()));
  }

  return (
    <form className="search-form" role="search" onSubmit={submitSearch}>
      <label htmlFor="organization-search" className="visually-hidden">
        {t('organizations.search')}
      </label>
      <input id="organization-search" type="search" value={search} placeholder={t('organizations.searchPlaceholder')} onChange={(event) => setSearch(event.target.value)} />
      <button type="submit" className="button">
        {t('organizations.searchSubmit')}
      </button>
    </form>
  );
}
