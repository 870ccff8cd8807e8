import { lazy, Suspense, useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { useLocation } from 'react-router';
import { usePolledUnreadCount } from './unread-count';

/** The popup's list and actions are fetched on the first press of the bell, not with the first page. */
const NotificationsPanel = lazy(() => import('./notifications-panel').then((module) => ({ default: module.NotificationsPanel })));

export { UNREAD_POLL_INTERVAL_MS } from './unread-count';

export function NotificationBell() {
  const { t, formatNumber } = useI18n();
  const [open, setOpen] = useState(false);
  const { pathname, search } = useLocation();
  const address = `${pathname}${search}`;
  // Following a link (or going back) leaves the popup behind: it belongs to the page it opened on.
  useEffect(() => setOpen(false), [address]);
  const { data, error } = usePolledUnreadCount();
  const count = data?.unreadNotificationCount;
  const known = typeof count === 'number';
  const label = known ? `${t('notifications.bell')}: ${t('notifications.unread', { count })}` : `${t('notifications.bell')}: ${t('common.unavailable')}`;

  return (
    <div className="bell-wrap">
      <button
        type="button"
        className="bell"
        aria-label={label}
        title={label}
        aria-expanded={open}
        aria-haspopup="dialog"
        onClick={() => setOpen((previous) => !previous)}
        data-testid="notification-bell"
      >
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
        {known ? (
          count > 0 && (
            <span className="bell-count" data-testid="notification-count">
              {formatNumber(count)}
            </span>
          )
        ) : (
          <span className="bell-count bell-count-unknown" data-testid="notification-count-unavailable" title={error ? t('common.unavailable') : undefined}>
            ?
          </span>
        )}
      </button>
      {open && (
        <Suspense fallback={null}>
          <NotificationsPanel onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
