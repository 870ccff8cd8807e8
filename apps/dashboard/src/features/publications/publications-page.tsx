import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { canWrite, useViewer } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { ValuesFilterSelect } from '../../ui/filter-select';
import { LoadMore } from '../../ui/load-more';
import { EmptyState, LoadingOrError } from '../../ui/status';
import { PlacePeriodFilters, usePlacePeriodAddress } from '../reference/place-period-filters';
import { PublicationEdit } from './publication-edit';
import { PublicationForm } from './publication-form';
import { PUBLICATIONS_PAGE_SIZE, PublicationsQuery } from './publications.graphql';

const SOURCES = ['MANUAL', 'REQUEST_OUTCOME'] as const;

/** The region's publication log: media coverage entered on its own and from requests' outcomes, with its reach added up. */
export function PublicationsPage() {
  const { t, formatNumber } = useI18n();
  const viewer = useViewer();
  const address = usePlacePeriodAddress('/publications');
  const source = SOURCES.find((value) => value === address.query.get('source'));
  const filter = { ...address.filter, ...(source ? { source } : {}) };
  const { data, loading, error, fetchMore, refetch } = useQuery(PublicationsQuery, { variables: { filter, first: PUBLICATIONS_PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const connection = data?.publications;
  const [editing, setEditing] = useState<string | null>(null);

  return (
    <section>
      <h1>{t('publications.title')}</h1>
      <PlacePeriodFilters address={address}>
        <ValuesFilterSelect
          label={t('publications.filter.source')}
          value={source}
          onChange={(value) => address.setParam('source', value)}
          values={SOURCES}
          labelOf={(value) => t(`publications.source.${value}`)}
        />
      </PlacePeriodFilters>
      <div className="two-columns">
        <div>
          {!connection && <LoadingOrError loading={loading} error={error} onRetry={() => void refetch()} />}
          {connection && (
            <p className="muted" data-testid="publication-summary">
              {t('publications.count', { count: connection.totalCount })}, {t('publications.totalReach', { reach: formatNumber(connection.totalReach) })}
            </p>
          )}
          {connection && connection.edges.length === 0 && <EmptyState>{t('publications.empty')}</EmptyState>}
          <ul className="request-list" data-testid="publication-list">
            {connection?.edges.map(({ node: publication }) => (
              <li key={publication.id} className="card">
                <div className="request-head">
                  <strong>{publication.outlet}</strong>
                  <span className="muted small">{publication.publishedOn}</span>
                </div>
                {publication.title && <div>{publication.title}</div>}
                <div className="small">
                  {publication.reach === null ? t('publications.reachUnknown') : t('publications.reach', { reach: formatNumber(publication.reach) })}
                  {publication.directions.length > 0 && ` · ${publication.directions.map((code) => t(`direction.${code}`)).join(', ')}`}
                </div>
                {publication.requestId && (
                  <div className="small">
                    <Link to={`/requests/${publication.requestId}`}>{t('publications.fromRequest', { organization: publication.organization?.name ?? '' })}</Link>
                  </div>
                )}
                {publication.link && (
                  <a href={publication.link} target="_blank" rel="noreferrer">
                    {t('publications.open')}
                  </a>
                )}
                {editing === publication.id && <PublicationEdit publication={publication} onDone={() => setEditing(null)} />}
                {editing !== publication.id && canWrite(viewer, publication.regionCode) && (
                  <div>
                    <button type="button" onClick={() => setEditing(publication.id)}>
                      {publication.reach === null ? t('publications.addReach') : t('publications.edit')}
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
          {connection && <LoadMore pageInfo={connection.pageInfo} onLoad={(after) => fetchMore({ variables: { after } })} />}
        </div>
        {canWrite(viewer) && <PublicationForm />}
      </div>
    </section>
  );
}
