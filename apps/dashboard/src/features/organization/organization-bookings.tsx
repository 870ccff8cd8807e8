import type { OrganizationPageQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { AccessHidden } from '../../ui/access';
import { EmptyState, Unavailable } from '../../ui/status';

type Bookings = NonNullable<OrganizationPageQuery['organization']>['bookings'];

/** The rooms and equipment the organization booked; unavailable or withheld said so. */
export function OrganizationBookings({ bookings }: { bookings: Bookings }) {
  const { t, formatDate } = useI18n();
  return (
    <div>
      <h2>{t('organization.bookings.title')}</h2>
      {!bookings ? (
        <p>
          <Unavailable />
        </p>
      ) : bookings.withheld ? (
        <p>
          <AccessHidden reason={bookings.withheld} />
        </p>
      ) : bookings.edges.length === 0 ? (
        <EmptyState>{t('organization.bookings.empty')}</EmptyState>
      ) : (
        <ul className="request-list" data-testid="organization-bookings">
          {bookings.edges.map(({ node }) => (
            <li key={node.id} className="card">
              <div className="request-head">
                <strong>{node.resource?.name ?? t('common.unavailable')}</strong>
                <span className={`badge booking-${node.status.toLowerCase()}`}>{t(`bookingStatus.${node.status}`)}</span>
              </div>
              <div className="small">
                {formatDate(node.startsAt)} – {formatDate(node.endsAt)}
              </div>
              {node.purpose && <div className="muted small">{node.purpose}</div>}
              {node.personalDataHidden && (
                <div className="small">
                  <AccessHidden reason={node.personalDataHidden} />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
