import { useQuery } from '@apollo/client/react';
import { AssistanceSubtype, Direction } from '@birge/shared-reference';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { canWrite, useViewer } from '../../auth/session';
import type { AssistanceSubtype as ApiSubtype, Direction as ApiDirection, GuideLanguage } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { LoadMore } from '../../ui/load-more';
import { EmptyState, LoadingOrError } from '../../ui/status';
import { GuideCard } from './guide-card';
import { GUIDE_LANGUAGES, GuideForm } from './guide-form';
import { GUIDES_PAGE_SIZE, GuidesQuery } from './guides.graphql';

/** The library of guides and templates: filters in the address, a card per guide with its versions, the upload form for writers. */
export function GuidesPage() {
  const { t } = useI18n();
  const viewer = useViewer();
  const navigate = useNavigate();
  const [query] = useSearchParams();
  const subtype = query.get('subtype') ?? '';
  const language = query.get('language') ?? '';
  const direction = query.get('direction') ?? '';
  const search = query.get('q') ?? '';
  const [words, setWords] = useState(search);
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(query);
    if (value) next.set(key, value);
    else next.delete(key);
    navigate(`/guides?${next.toString()}`);
  };
  const filter = {
    ...(subtype ? { subtype: subtype as ApiSubtype } : {}),
    ...(language ? { language: language as GuideLanguage } : {}),
    ...(direction ? { direction: direction as ApiDirection } : {}),
    ...(search ? { search } : {}),
  };
  const { data, loading, error, fetchMore, refetch } = useQuery(GuidesQuery, { variables: { filter, first: GUIDES_PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const connection = data?.guides;
  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setParam('q', words.trim());
  };

  return (
    <section>
      <h1>{t('guides.title')}</h1>
      <p className="muted">{t('guides.intro')}</p>
      <form className="filters" onSubmit={onSearch} role="search">
        <label>
          {t('guides.filter.subtype')}
          <select value={subtype} onChange={(event) => setParam('subtype', event.target.value)}>
            <option value="">{t('common.all')}</option>
            {Object.values(AssistanceSubtype).map((code) => (
              <option key={code} value={code}>
                {t(`assistanceSubtype.${code}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('guides.filter.language')}
          <select value={language} onChange={(event) => setParam('language', event.target.value)}>
            <option value="">{t('common.all')}</option>
            {GUIDE_LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {t(`guides.language.${code}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('guides.filter.direction')}
          <select value={direction} onChange={(event) => setParam('direction', event.target.value)}>
            <option value="">{t('common.all')}</option>
            {Object.values(Direction).map((code) => (
              <option key={code} value={code}>
                {t(`direction.${code}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('guides.filter.search')}
          <input type="search" value={words} onChange={(event) => setWords(event.target.value)} />
        </label>
        <button type="submit" className="button button-secondary">
          {t('guides.filter.apply')}
        </button>
      </form>
      <div className="two-columns">
        <div>
          {!connection && <LoadingOrError loading={loading} error={error} onRetry={() => void refetch()} />}
          {connection && connection.edges.length === 0 && <EmptyState>{t('guides.empty')}</EmptyState>}
          {connection && connection.edges.length > 0 && <p className="muted small">{t('guides.count', { count: connection.totalCount })}</p>}
          <ul className="request-list" data-testid="guide-list">
            {connection?.edges.map(({ node: guide }) => (
              <GuideCard key={guide.id} guide={guide} onReload={() => void refetch()} />
            ))}
          </ul>
          {connection && <LoadMore pageInfo={connection.pageInfo} onLoad={(after) => fetchMore({ variables: { after } })} />}
        </div>
        {canWrite(viewer) && <GuideForm />}
      </div>
    </section>
  );
}
