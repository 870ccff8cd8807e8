import type { NotificationFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from 'react-router';
import { notificationDetail } from './notification-text';

/** One notification: what happened and what changed, where, and the reader's actions on it. */
export function NotificationItem({
  node,
  busy,
  onMarkRead,
  onArchive,
}: {
  node: NotificationFieldsFragment;
  busy: boolean;
  onMarkRead: (id: string) => void;
  onArchive?: (id: string) => void;
}) {
  const i18n = useI18n();
  const { t, name, formatDate } = i18n;
  const detail = notificationDetail(i18n, node);
  const title = t(`notificationKind.${node.kind}`);
  return (
    <li className={node.read ? 'notification' : 'notification notification-unread'} data-testid="notification">
      <div className="notification-title">
        <strong>
          {node.assistanceRequest ? (
            <Link to={`/requests/${node.assistanceRequest.id}`}>{title}</Link>
          ) : node.kind === 'ANNOUNCEMENT' && node.subjectId ? (
            <Link to={`/announcements?id=${node.subjectId}`}>{title}</Link>
          ) : (
            title
          )}
          {node.personal && <span className="badge notification-personal">{t('notifications.forYou')}</span>}
        </strong>
        <span className="muted small">{formatDate(node.createdAt)}</span>
      </div>
      {detail && (
        <div className="small notification-detail" data-testid="notification-detail">
          {detail}
        </div>
      )}
      <div className="small">
        {node.organization ? <Link to={`/organizations/${node.organization.id}`}>{node.organization.name}</Link> : null}
        {node.region && <span className="muted"> · {name(node.region.name)}</span>}
      </div>
      {node.assistanceRequest && (
        <div className="small">
          {t(`assistanceType.${node.assistanceRequest.type}`)} — {t(`assistanceSubtype.${node.assistanceRequest.subtype}`)}
        </div>
      )}
      <div className="notification-actions">
        {node.read ? (
          <span className="muted small">{node.archived ? t('notifications.archived') : t('notifications.read')}</span>
        ) : (
          <button type="button" className="button button-secondary button-small" disabled={busy} onClick={() => onMarkRead(node.id)}>
            {t('notifications.markRead')}
          </button>
        )}
        {onArchive && !node.archived && (
          <button type="button" className="button button-link button-small" disabled={busy} onClick={() => onArchive(node.id)}>
            {t('notifications.archive')}
          </button>
        )}
      </div>
    </li>
  );
}
