import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { canWrite, regionOf, useViewer } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { useNavigate, useSearchParams } from 'react-router';
import { ActionButton } from '../../ui/action-button';
import { AccessHidden } from '../../ui/access';
import { EmptyState, ErrorNotice, Loading } from '../../ui/status';
import { addDays, formatDay, groupByWeek, startOfWeek } from '../reference/dates';
import { useRegionOptions } from '../reference/use-region-options';
import { AddResourceForm } from './add-resource-form';
import { BookForm } from './book-form';
import { BookableResourcesQuery, BOOKINGS_PAGE_SIZE, BookingsQuery, CancelBookingMutation } from './bookings.graphql';

function CancelBookingButton({ id, version }: { id: string; version: number }) {
  const { t } = useI18n();
  const [cancel] = useMutation(CancelBookingMutation, { refetchQueries: ['Bookings'] });
  return <ActionButton label={t('bookings.cancel')} action={() => cancel({ variables: { id, version } })} />;
}

export function BookingsPage() {
  const navigate = useNavigate();
  const { t, name, formatDate } = useI18n();
  const viewer = useViewer();
  const ownRegion = regionOf(viewer);
  const [query] = useSearchParams();
  const regions = useRegionOptions();
  const regionCode = query.get('region') ?? ownRegion ?? regions.data?.regions[0]?.code ?? '';
  const from = useMemo(() => startOfWeek(new Date()).toISOString(), []);
  const resources = useQuery(BookableResourcesQuery, { variables: { regionCode }, skip: !regionCode, fetchPolicy: 'cache-and-network' });
  const bookings = useQuery(BookingsQuery, { variables: { filter: { regionCode, from }, first: BOOKINGS_PAGE_SIZE }, skip: !regionCode, fetchPolicy: 'cache-and-network' });
  const writer = Boolean(regionCode) && canWrite(viewer, regionCode);
  const list = bookings.data?.bookings;
  const weeks = groupByWeek(list?.edges.map((edge) => edge.node) ?? [], (booking) => booking.startsAt);
  const resourceList = resources.data?.bookableResources ?? [];

  return (
    <section>
      <h1>{t('bookings.title')}</h1>
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <label>
          <span>{t('board.filter.region')}</span>
          <select value={regionCode} onChange={(event) => navigate(`/bookings?region=${event.target.value}`)}>
            {regions.data?.regions.map((region) => (
              <option key={region.code} value={region.code}>
                {name(region.name)}
              </option>
            ))}
          </select>
        </label>
      </form>
      <div className="two-columns">
        <div>
          <h2>{t('bookings.resources')}</h2>
          {resources.loading && !resources.data && <Loading />}
          {resources.error && <ErrorNotice error={resources.error} />}
          {resources.data && resourceList.length === 0 && <EmptyState>{t('bookings.noResources')}</EmptyState>}
          {resourceList.length > 0 && (
            <ul className="tags resource-list" data-testid="resource-list">
              {resourceList.map((resource) => (
                <li key={resource.id} className="tag">
                  {resource.name} · {t(`resourceKind.${resource.kind}`)}
                  {resource.capacity != null && ` · ${t('bookings.seats', { count: resource.capacity })}`}
                </li>
              ))}
            </ul>
          )}

          <h2>{t('bookings.calendar')}</h2>
          {bookings.loading && !list && <Loading />}
          {bookings.error && <ErrorNotice error={bookings.error} onRetry={() => void bookings.refetch()} />}
          {list && weeks.length === 0 && <EmptyState>{t('bookings.empty')}</EmptyState>}
          {weeks.map((week) => (
            <section key={week.weekStart.getTime()} className="calendar-week" data-testid="booking-week">
              <h3 className="calendar-week-title">{t('calendar.week', { from: formatDay(week.weekStart), to: formatDay(addDays(week.weekStart, 6)) })}</h3>
              <ul className="request-list">
                {week.items.map((booking) => (
                  <li key={booking.id} className={booking.status === 'CANCELLED' ? 'card booking booking-cancelled' : 'card booking'} data-testid="booking">
                    <div className="request-head">
                      <strong>{booking.resource?.name ?? t('common.unavailable')}</strong>
                      <span className={`badge booking-${booking.status.toLowerCase()}`}>{t(`bookingStatus.${booking.status}`)}</span>
                    </div>
                    <div className="small">
                      {formatDate(booking.startsAt)} – {formatDate(booking.endsAt)}
                    </div>
                    <div className="muted small">
                      {booking.organization?.name ?? t('common.unavailable')}
                      {booking.purpose && ` · ${booking.purpose}`}
                      {booking.personalDataHidden && (
                        <>
                          {' · '}
                          <AccessHidden reason={booking.personalDataHidden} />
                        </>
                      )}
                    </div>
                    {writer && booking.status === 'CONFIRMED' && new Date(booking.endsAt).getTime() > Date.now() && (
                      <CancelBookingButton id={booking.id} version={booking.version} />
                    )}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
        {writer && (
          <div className="stack">
            <BookForm key={regionCode} regionCode={regionCode} resources={resourceList} />
            <AddResourceForm key={`resource-${regionCode}`} regionCode={regionCode} />
          </div>
        )}
      </div>
    </section>
  );
}
