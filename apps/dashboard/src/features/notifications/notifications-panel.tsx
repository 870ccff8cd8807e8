import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useI18n } from '../../i18n/i18n';
import { Link } from 'react-router';
import { EmptyState, ErrorNotice, Loading, Unavailable } from '../../ui/status';
import { NotificationItem } from './notification-item';
import { NotificationsQuery } from './notifications.graphql';
import { useRefreshOnNewNotifications } from './unread-count';
import { useInboxActions } from './use-inbox-actions';

const PANEL_PAGE_SIZE = 20;

/** The bell's popup: the newest of the inbox, mark read or all read, and the way to the inbox page. */
export function NotificationsPanel({ onClose }: { onClose: () => void }) {
  const { t, plural } = useI18n();
  const { data, loading, error, refetch } = useQuery(NotificationsQuery, {
    variables: { first: PANEL_PAGE_SIZE },
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const actions = useInboxActions();
  useRefreshOnNewNotifications(() => void refetch());

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const connection = data?.notifications;
  const unread = connection?.edges.some(({ node }) => !node.read) ?? false;

  return (
    <div className="notifications-panel card" role="dialog" aria-label={t('notifications.bell')} data-testid="notifications-panel">
      <div className="panel-head">
        <h2>{t('notifications.bell')}</h2>
        <button type="button" className="button button-link" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <div className="panel-tools">
        {/* Also when the inbox is the page already open: the address does not change then. */}
        <Link to="/notifications" onClick={onClose}>
          {t('notifications.showAll')}
        </Link>
        {unread && (
          <button type="button" className="button button-secondary button-small" disabled={actions.busy} onClick={() => actions.markAll()}>
            {t('notifications.markAllRead')}
          </button>
        )}
      </div>
      {loading && !data && <Loading />}
      {!loading && !data && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {data && !connection && (
        <p>
          <Unavailable />
        </p>
      )}
      {actions.error && <ErrorNotice error={actions.error} />}
      {actions.marked !== null && (
        <p className="muted small" role="status">
          {plural('inbox.markedAll', actions.marked)}
        </p>
      )}
      {connection && connection.edges.length === 0 && <EmptyState>{t('notifications.empty')}</EmptyState>}
      {connection && connection.edges.length > 0 && (
        <ul className="notification-list">
          {connection.edges.map(({ node }) => (
            <NotificationItem key={node.id} node={node} busy={actions.busy} onMarkRead={actions.markRead} />
          ))}
        </ul>
      )}
    </div>
  );
}
