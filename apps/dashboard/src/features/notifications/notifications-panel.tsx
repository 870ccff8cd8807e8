import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../routing/router';
import { EmptyState, ErrorNotice, Loading, Unavailable } from '../../ui/status';
import { MarkNotificationReadMutation, NotificationsQuery, UnreadNotificationCountQuery } from './notifications.graphql';

const PANEL_PAGE_SIZE = 20;

export function NotificationsPanel({ onClose }: { onClose: () => void }) {
  const i18n = useI18n();
  const { t, name, formatDate } = i18n;
  const { data, loading, error, refetch } = useQuery(NotificationsQuery, {
    variables: { first: PANEL_PAGE_SIZE },
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const [markRead, markState] = useMutation(MarkNotificationReadMutation, {
    refetchQueries: [{ query: UnreadNotificationCountQuery }],
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const connection = data?.notifications;

  return (
    <div className="notifications-panel card" role="dialog" aria-label={t('notifications.bell')} data-testid="notifications-panel">
      <div className="panel-head">
        <h2>{t('notifications.bell')}</h2>
        <button type="button" className="button button-link" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      {loading && !data && <Loading />}
      {!loading && !data && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {data && !connection && (
        <p>
          <Unavailable />
        </p>
      )}
      {markState.error && <ErrorNotice error={markState.error} />}
      {connection && connection.edges.length === 0 && <EmptyState>{t('notifications.empty')}</EmptyState>}
      {connection && connection.edges.length > 0 && (
        <ul className="notification-list">
          {connection.edges.map(({ node }) => (
            <li key={node.id} className={node.read ? 'notification' : 'notification notification-unread'} data-testid="notification">
              <div className="notification-title">
                <strong>{t(`notificationKind.${node.kind}`)}</strong>
                <span className="muted small">{formatDate(node.createdAt)}</span>
              </div>
              <div className="small">
                {node.organization ? (
                  <Link to={`/organizations/${node.organization.id}`} onClick={onClose}>
                    {node.organization.name}
                  </Link>
                ) : null}
                {node.region && <span className="muted"> · {name(node.region.name)}</span>}
              </div>
              {node.assistanceRequest && (
                <div className="small">
                  {t(`assistanceType.${node.assistanceRequest.type}`)} — {t(`assistanceSubtype.${node.assistanceRequest.subtype}`)}
                </div>
              )}
              <div className="notification-actions">
                {node.read ? (
                  <span className="muted small">{t('notifications.read')}</span>
                ) : (
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    disabled={markState.loading}
                    onClick={() => void markRead({ variables: { id: node.id } }).catch(() => undefined)}
                  >
                    {t('notifications.markRead')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
