import { useQuery } from '@apollo/client/react';
import { kazakhstanDay } from '@birge/shared-reference';
import { canWrite, useViewer } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { ValuesFilterSelect } from '../../ui/filter-select';
import { LoadMore } from '../../ui/load-more';
import { EmptyState, LoadingOrError } from '../../ui/status';
import { PlacePeriodFilters, usePlacePeriodAddress } from '../reference/place-period-filters';
import { JointEventCard } from './joint-event-card';
import { EVENT_KINDS, JointEventForm } from './joint-event-form';
import { JOINT_EVENTS_PAGE_SIZE, JointEventsQuery } from './joint-events.graphql';

/** Joint events of the region: round tables, forums and meetings with state bodies and sponsors, who came and what followed. */
export function JointEventsPage() {
  const { t } = useI18n();
  const viewer = useViewer();
  const address = usePlacePeriodAddress('/events');
  const kind = EVENT_KINDS.find((value) => value === address.query.get('kind'));
  const filter = { ...address.filter, ...(kind ? { kind } : {}) };
  const { data, loading, error, fetchMore, refetch } = useQuery(JointEventsQuery, { variables: { filter, first: JOINT_EVENTS_PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const connection = data?.jointEvents;
  const today = kazakhstanDay(new Date());

  return (
    <section>
      <h1>{t('events.title')}</h1>
      <PlacePeriodFilters address={address}>
        <ValuesFilterSelect
          label={t('events.form.kind')}
          value={kind}
          onChange={(value) => address.setParam('kind', value)}
          values={EVENT_KINDS}
          labelOf={(value) => t(`events.kind.${value}`)}
        />
      </PlacePeriodFilters>
      <div className="two-columns">
        <div>
          {!connection && <LoadingOrError loading={loading} error={error} onRetry={() => void refetch()} />}
          {connection && connection.edges.length === 0 && <EmptyState>{t('events.empty')}</EmptyState>}
          <ul className="request-list" data-testid="joint-event-list">
            {connection?.edges.map(({ node }) => (
              <JointEventCard key={node.id} event={node} today={today} />
            ))}
          </ul>
          {connection && <LoadMore pageInfo={connection.pageInfo} onLoad={(after) => fetchMore({ variables: { after } })} />}
        </div>
        {canWrite(viewer) && <JointEventForm />}
      </div>
    </section>
  );
}
