import { useQuery } from '@apollo/client/react';
import { useNavigate, useSearchParams } from 'react-router';
import { regionOf, useViewer } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { LoadMore } from '../../ui/load-more';
import { EmptyState, LoadingOrError } from '../../ui/status';
import { RegionFilterSelect } from '../reference/region-select';
import { DIRECTORY_PAGE_SIZE, SponsorsQuery, StateBodiesQuery } from './directory.graphql';

/** The directory: the region's state bodies (with how they answer referrals) and the sponsors and partners. */
export function DirectoryPage() {
  const { t, name, formatNumber } = useI18n();
  const viewer = useViewer();
  const navigate = useNavigate();
  const [query] = useSearchParams();
  const regionParam = query.get('region');
  const regionCode = regionParam === 'all' ? null : (regionParam ?? regionOf(viewer));
  const search = query.get('q') ?? '';
  const setParams = (next: { region?: string; q?: string }) => {
    const params = new URLSearchParams(query);
    for (const [key, value] of Object.entries(next)) {
      if (value) params.set(key, value);
      else params.delete(key);
    }
    navigate(`/directory?${params.toString()}`);
  };
  const filter = { ...(regionCode ? { regionCode } : {}), ...(search ? { search } : {}) };
  const bodies = useQuery(StateBodiesQuery, { variables: { filter, first: DIRECTORY_PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const sponsors = useQuery(SponsorsQuery, { variables: { filter, first: DIRECTORY_PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const bodyList = bodies.data?.stateBodies;
  const letters = (summary: { written: number; passed: number }) => t('directory.letters', { written: formatNumber(summary.written), passed: formatNumber(summary.passed) });
  const sponsorList = sponsors.data?.sponsors;

  return (
    <section>
      <h1>{t('directory.title')}</h1>
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <RegionFilterSelect label={t('board.filter.region')} value={regionCode ?? ''} onChange={(code) => setParams({ region: code || 'all' })} />
        <label>
          {t('directory.search')}
          <input type="search" defaultValue={search} onBlur={(event) => setParams({ q: event.target.value.trim() })} />
        </label>
      </form>
      <div className="two-columns">
        <div>
          <h2>{t('directory.stateBodies')}</h2>
          {!bodyList && <LoadingOrError loading={bodies.loading} error={bodies.error} onRetry={() => void bodies.refetch()} />}
          {bodyList && bodyList.edges.length === 0 && <EmptyState>{t('directory.empty')}</EmptyState>}
          <ul className="request-list" data-testid="state-body-list">
            {bodyList?.edges.map(({ node: body }) => (
              <li key={body.id} className="card">
                <strong>{name(body.name)}</strong>
                <div className="muted small">
                  {t(`stateBodyKind.${body.kind}`)}
                  {body.district ? ` · ${name(body.district.name)}` : ''}
                </div>
                {(body.phone || body.email) && <div className="small">{[body.phone, body.email].filter(Boolean).join(' · ')}</div>}
                <div className="small">
                  {t('directory.referrals', {
                    made: formatNumber(body.referralSummary.made),
                    answered: formatNumber(body.referralSummary.answered),
                    waiting: formatNumber(body.referralSummary.waiting),
                  })}
                  {body.referralSummary.medianResponseDays !== null && ` · ${t('directory.medianDays', { days: formatNumber(body.referralSummary.medianResponseDays) })}`}
                </div>
                {body.verificationLetterSummary.written > 0 && <div className="small">{letters(body.verificationLetterSummary)}</div>}
              </li>
            ))}
          </ul>
          {bodyList && <LoadMore pageInfo={bodyList.pageInfo} onLoad={(after) => bodies.fetchMore({ variables: { after } })} />}
        </div>
        <div>
          <h2>{t('directory.sponsors')}</h2>
          {!sponsorList && <LoadingOrError loading={sponsors.loading} error={sponsors.error} onRetry={() => void sponsors.refetch()} />}
          {sponsorList && sponsorList.edges.length === 0 && <EmptyState>{t('directory.empty')}</EmptyState>}
          <ul className="request-list" data-testid="sponsor-list">
            {sponsorList?.edges.map(({ node: sponsor }) => (
              <li key={sponsor.id} className="card">
                <strong>{sponsor.name}</strong>
                <div className="muted small">
                  {t(`sponsorKind.${sponsor.kind}`)}
                  {sponsor.region ? '' : ` · ${t('directory.wholeCountry')}`}
                  {sponsor.writesRecommendationLetters && ` · ${t('directory.writesLetters')}`}
                </div>
                {sponsor.directions.length > 0 && <div className="small">{sponsor.directions.map((code) => t(`direction.${code}`)).join(', ')}</div>}
                {(sponsor.writesRecommendationLetters || sponsor.verificationLetterSummary.written > 0) && (
                  <div className="small" data-testid="sponsor-letters">
                    {letters(sponsor.verificationLetterSummary)}
                  </div>
                )}
              </li>
            ))}
          </ul>
          {sponsorList && <LoadMore pageInfo={sponsorList.pageInfo} onLoad={(after) => sponsors.fetchMore({ variables: { after } })} />}
        </div>
      </div>
    </section>
  );
}
