import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { FilterSelect, ValuesFilterSelect } from '../../ui/filter-select';
import { LoadMore } from '../../ui/load-more';
import { EmptyState, ErrorNotice, LoadingOrError } from '../../ui/status';
import { inboxFilterFromQuery, inboxQueryWith, NOTIFICATION_KINDS, type InboxFilterKey } from './inbox-filter';
import { NotificationItem } from './notification-item';
import { NotificationsQuery, UnreadNotificationCountQuery } from './notifications.graphql';
import { useRefreshOnNewNotifications } from './unread-count';
import { useInboxActions } from './use-inbox-actions';

export const INBOX_PAGE_SIZE = 20;

/**
 * The inbox: the reader's notifications, newest first, filtered by kind, read state and folder
 * (inbox or archive); mark one or all read, archive one, load more. New ones appear on their own:
 * the bell polls the unread count and the list is asked again when it grows.
 */
export function InboxPage() {
  const navigate = useNavigate();
  const { t, plural } = useI18n();
  const [query] = useSearchParams();
  const filter = inboxFilterFromQuery(query);
  const { data, loading, error, fetchMore, refetch } = useQuery(NotificationsQuery, {
    variables: { filter, first: INBOX_PAGE_SIZE },
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const unread = useQuery(UnreadNotificationCountQuery, { fetchPolicy: 'cache-only' }).data?.unreadNotificationCount;
  const actions = useInboxActions();
  useRefreshOnNewNotifications(() => void refetch());
  const connection = data?.notifications;
  const set = (key: InboxFilterKey) => (value: string) => navigate(inboxQueryWith(query, key, value));
  const filtered = Boolean(filter.kind) || filter.read != null;
  const empty = filter.archived ? t('inbox.emptyArchive') : filtered ? t('inbox.emptyFiltered') : t('inbox.empty');

  return (
    <section className="narrow">
      <div className="page-heading">
        <h1>{t('inbox.title')}</h1>
        {!filter.archived && (
          <button type="button" className="button button-secondary" disabled={actions.busy || unread === 0} onClick={() => actions.markAll(filter.kind)}>
            {t('notifications.markAllRead')}
          </button>
        )}
      </div>
      <p className="muted">
        {t('inbox.intro')} <Link to="/settings/notifications">{t('preferences.link')}</Link>
      </p>
      <form className="filters" aria-label={t('inbox.filters')} onSubmit={(event) => event.preventDefault()}>
        <FilterSelect
          label={t('inbox.filter.folder')}
          value={filter.archived ? 'archive' : ''}
          onChange={set('folder')}
          anyLabel={t('inbox.filter.inbox')}
          options={[{ value: 'archive', label: t('inbox.filter.archive') }]}
        />
        <ValuesFilterSelect
          label={t('inbox.filter.kind')}
          value={filter.kind}
          onChange={set('kind')}
          values={NOTIFICATION_KINDS}
          labelOf={(kind) => t(`notificationKind.${kind}`)}
        />
        <FilterSelect
          label={t('inbox.filter.read')}
          value={filter.read === false ? 'unread' : filter.read === true ? 'read' : ''}
          onChange={set('read')}
          options={[
            { value: 'unread', label: t('inbox.filter.unread') },
            { value: 'read', label: t('inbox.filter.readOnly') },
          ]}
        />
      </form>

      {actions.error && <ErrorNotice error={actions.error} />}
      {actions.marked !== null && (
        <p className="muted" role="status" data-testid="inbox-marked">
          {plural('inbox.markedAll', actions.marked)}
        </p>
      )}
      {!connection && <LoadingOrError loading={loading} error={error} onRetry={() => void refetch()} />}
      {connection && (
        <>
          <p className="muted" data-testid="inbox-total">
            {plural('inbox.total', connection.totalCount)}
            {typeof unread === 'number' && !filter.archived && <> · {unread > 0 ? plural('inbox.unread', unread) : t('inbox.allRead')}</>}
          </p>
          {connection.edges.length === 0 ? (
            <EmptyState>{empty}</EmptyState>
          ) : (
            <ul className="notification-list card" data-testid="inbox-list">
              {connection.edges.map(({ node }) => (
                <NotificationItem key={node.id} node={node} busy={actions.busy} onMarkRead={actions.markRead} onArchive={actions.archive} />
              ))}
            </ul>
          )}
          <LoadMore pageInfo={connection.pageInfo} onLoad={(after) => fetchMore({ variables: { after } })} />
          {error != null && <ErrorNotice error={error} />}
        </>
      )}
    </section>
  );
}
