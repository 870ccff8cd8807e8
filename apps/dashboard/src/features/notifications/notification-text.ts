import type { NotificationFieldsFragment } from '../../gql/graphql';
import type { I18n } from '../../i18n/i18n';

/**
 * What changed, in words: a status change names both statuses (from → to), an assignment says
 * whether the request is now the reader's or nobody's. Null when the kind's title says it all.
 */
export function notificationDetail({ t }: Pick<I18n, 't'>, node: NotificationFieldsFragment): string | null {
  switch (node.kind) {
    case 'ASSISTANCE_REQUEST_STATUS_CHANGED':
      if (node.fromStatus && node.toStatus) return t('notificationText.statusChanged', { from: t(`status.${node.fromStatus}`), to: t(`status.${node.toStatus}`) });
      // Stored before the statuses were kept: the request's status now is the best there is.
      return node.assistanceRequest ? t('notificationText.submittedAs', { to: t(`status.${node.assistanceRequest.status}`) }) : null;
    case 'ASSISTANCE_REQUEST_ASSIGNED':
      if (!node.assigneeId) return t('notificationText.unassigned');
      return node.personal ? t('notificationText.assignedToYou') : t('notificationText.assignedToColleague');
    case 'ASSISTANCE_REQUEST_OVERDUE':
      return node.personal ? t('notificationText.overdueYours') : null;
    default:
      return null;
  }
}
