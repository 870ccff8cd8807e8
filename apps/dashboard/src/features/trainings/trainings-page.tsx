import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { canWrite, regionOf, useViewer } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { LoadMore } from '../../ui/load-more';
import { EmptyState, LoadingOrError } from '../../ui/status';
import { addDays, formatDay, groupByWeek, startOfWeek } from '../reference/dates';
import { RegionFilterSelect } from '../reference/region-select';
import { ScheduleTrainingForm } from './schedule-training-form';
import { TRAININGS_PAGE_SIZE, TrainingsQuery } from './trainings.graphql';

export function TrainingsPage() {
  const navigate = useNavigate();
  const i18n = useI18n();
  const { t, name, formatDate, formatNumber } = i18n;
  const viewer = useViewer();
  const ownRegion = regionOf(viewer);
  const [query] = useSearchParams();
  const regionParam = query.get('region');
  const regionCode = regionParam === 'all' ? null : (regionParam ?? ownRegion);
  // The calendar starts with the current week; earlier ones are history.
  const from = useMemo(() => startOfWeek(new Date()).toISOString(), []);
  const filter = { ...(regionCode ? { regionCode } : {}), from, includeCancelled: true };
  const { data, loading, error, fetchMore, refetch } = useQuery(TrainingsQuery, { variables: { filter, first: TRAININGS_PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const connection = data?.trainings;
  const weeks = groupByWeek(connection?.edges.map((edge) => edge.node) ?? [], (training) => training.startsAt);

  return (
    <section>
      <h1>{t('trainings.title')}</h1>
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <RegionFilterSelect
          label={t('board.filter.region')}
          value={regionCode ?? ''}
          onChange={(code) => navigate(code ? `/trainings?region=${code}` : ownRegion ? '/trainings?region=all' : '/trainings')}
        />
      </form>
      <div className="two-columns">
        <div>
          {!connection && <LoadingOrError loading={loading} error={error} onRetry={() => void refetch()} />}
          {connection && weeks.length === 0 && <EmptyState>{t('trainings.empty')}</EmptyState>}
          {weeks.map((week) => (
            <section key={week.weekStart.getTime()} className="calendar-week" data-testid="training-week">
              <h2 className="calendar-week-title">{t('calendar.week', { from: formatDay(week.weekStart), to: formatDay(addDays(week.weekStart, 6)) })}</h2>
              <ul className="request-list">
                {week.items.map((training) => (
                  <li key={training.id} className={training.status === 'CANCELLED' ? 'card training training-cancelled' : 'card training'}>
                    <div className="request-head">
                      <Link to={`/trainings/${training.id}`}>
                        <strong>{training.topic}</strong>
                      </Link>
                      <span className={`badge training-${training.status.toLowerCase()}`}>{t(`trainingStatus.${training.status}`)}</span>
                    </div>
                    <div className="muted small">
                      {formatDate(training.startsAt)} – {formatDate(training.endsAt)} · {training.venue}
                    </div>
                    <div className="small">
                      {t(`audience.${training.audience}`)} · {training.region ? name(training.region.name) : ''}
                    </div>
                    <div className="small">
                      {t('trainings.seats', { taken: formatNumber(training.registeredSeats), capacity: formatNumber(training.capacity), left: formatNumber(training.seatsLeft) })}
                      {training.waitlistedCount > 0 && ` · ${t('trainings.waitlisted', { count: formatNumber(training.waitlistedCount) })}`}
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          ))}
          {connection && <LoadMore pageInfo={connection.pageInfo} onLoad={(after) => fetchMore({ variables: { after } })} />}
        </div>
        {canWrite(viewer) && <ScheduleTrainingForm ownRegion={ownRegion} defaultRegion={regionCode ?? ''} />}
      </div>
    </section>
  );
}
