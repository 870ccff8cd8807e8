import { useMutation, useQuery } from '@apollo/client/react';
import { Direction } from '@birge/shared-reference';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { canWrite, useViewer } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { FormFailure } from '../../ui/form-failure';
import { LoadMore } from '../../ui/load-more';
import { EmptyState, LoadingOrError } from '../../ui/status';
import { useActionFailure } from '../../ui/use-action-failure';
import { RegionFilterSelect } from '../reference/region-select';
import { ProgrammeForm } from './programme-form';
import { AnnounceGrantProgrammeMutation, GrantProgrammesQuery, PROGRAMMES_PAGE_SIZE } from './programmes.graphql';

const DIRECTIONS = Object.values(Direction);
/** "Closing soon": open and closing within this many days. */
export const CLOSING_SOON_DAYS = 14;

/** The grant and support programmes catalog: filters in the address, a card per programme, announcing for writers. */
export function ProgrammesPage() {
  const { t, name, locale, formatNumber } = useI18n();
  const viewer = useViewer();
  const navigate = useNavigate();
  const [query] = useSearchParams();
  const openNow = query.get('open') === '1';
  const closingSoon = query.get('soon') === '1';
  const direction = query.get('direction') ?? '';
  const regionCode = query.get('region') ?? '';
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(query);
    if (value) next.set(key, value);
    else next.delete(key);
    navigate(`/programmes?${next.toString()}`);
  };
  const filter = {
    ...(openNow ? { openNow: true } : {}),
    ...(closingSoon ? { closingWithinDays: CLOSING_SOON_DAYS } : {}),
    ...(direction ? { direction: direction as Direction } : {}),
    ...(regionCode ? { regionCode } : {}),
  };
  const { data, loading, error, fetchMore, refetch } = useQuery(GrantProgrammesQuery, { variables: { filter, first: PROGRAMMES_PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const [announce, { loading: announcing }] = useMutation(AnnounceGrantProgrammeMutation);
  const [announced, setAnnounced] = useState<string | null>(null);
  const { failure: announceFailure, run } = useActionFailure();
  const connection = data?.grantProgrammes;

  return (
    <section>
      <h1>{t('programmes.title')}</h1>
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <label className="checkbox">
          <input type="checkbox" checked={openNow} onChange={(event) => setParam('open', event.target.checked ? '1' : '')} /> {t('programmes.filter.openNow')}
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={closingSoon} onChange={(event) => setParam('soon', event.target.checked ? '1' : '')} />{' '}
          {t('programmes.filter.closingSoon', { days: CLOSING_SOON_DAYS })}
        </label>
        <label>
          {t('programmes.filter.direction')}
          <select value={direction} onChange={(event) => setParam('direction', event.target.value)}>
            <option value="">{t('common.all')}</option>
            {DIRECTIONS.map((code) => (
              <option key={code} value={code}>
                {t(`direction.${code}`)}
              </option>
            ))}
          </select>
        </label>
        <RegionFilterSelect label={t('board.filter.region')} value={regionCode} onChange={(code) => setParam('region', code)} />
      </form>
      {announced && (
        <p className="status status-success" role="status">
          {t('programmes.announced')}
        </p>
      )}
      <FormFailure error={announceFailure} />
      <div className="two-columns">
        <div>
          {!connection && <LoadingOrError loading={loading} error={error} onRetry={() => void refetch()} />}
          {connection && connection.edges.length === 0 && <EmptyState>{t('programmes.empty')}</EmptyState>}
          <ul className="request-list" data-testid="programme-list">
            {connection?.edges.map(({ node: programme }) => (
              <li key={programme.id} className="card">
                <div className="request-head">
                  <strong>{name(programme.title)}</strong>
                  {programme.announcedAt && <span className="badge">{t('programmes.announcedBadge')}</span>}
                </div>
                <div className="small">{t('programmes.funder', { funder: programme.funderName })}</div>
                <div className="small">{t('programmes.dates', { opens: programme.opensOn, closes: programme.closesOn })}</div>
                {(programme.amountMin !== null || programme.amountMax !== null) && (
                  <div className="small">
                    {t('programmes.amount', { min: formatNumber(programme.amountMin ?? 0), max: programme.amountMax === null ? '—' : formatNumber(programme.amountMax) })}
                  </div>
                )}
                <div className="muted small">
                  {programme.directions.length ? programme.directions.map((code) => t(`direction.${code}`)).join(', ') : t('programmes.anyDirection')}
                </div>
                {programme.link && (
                  <a href={programme.link} target="_blank" rel="noreferrer">
                    {t('programmes.link')}
                  </a>
                )}
                {canWrite(viewer, programme.ownerRegionCode) && (
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    disabled={announcing}
                    onClick={() =>
                      void run(async () => {
                        setAnnounced(null);
                        await announce({ variables: { input: { id: programme.id, language: locale } } });
                        setAnnounced(programme.id);
                      })
                    }
                  >
                    {t('programmes.announce')}
                  </button>
                )}
              </li>
            ))}
          </ul>
          {connection && <LoadMore pageInfo={connection.pageInfo} onLoad={(after) => fetchMore({ variables: { after } })} />}
        </div>
        {canWrite(viewer) && <ProgrammeForm />}
      </div>
    </section>
  );
}
