import type { NotificationFieldsFragment } from '../../gql/graphql';
import type { I18n } from '../../i18n/i18n';

/**
 * What changed, in words: a status change names both statuses (from → to), an assignment says
 * whether the request is now the reader's or nobody's. Null when the kind's title says it all.
 */
export function notificationDetail({ t, plural }: Pick<I18n, 't' | 'plural'>, node: NotificationFieldsFragment): string | null {
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
    case 'ASSISTANCE_REQUEST_RATED':
      return node.score != null ? t('notificationText.rated', { score: String(node.score) }) : null;
    case 'VERIFICATION_EXPIRING':
    case 'API_KEY_EXPIRING':
      return node.daysLeft != null ? plural('notificationText.daysLeft', node.daysLeft) : null;
    case 'REPORT_DUE_SOON':
      return (
        [node.period && t('notificationText.period', { period: node.period }), node.daysLeft != null && plural('notificationText.daysLeft', node.daysLeft)]
          .filter(Boolean)
          .join(' · ') || null
      );
    case 'REPORT_SUBMITTED':
    case 'REPORT_RETURNED':
    case 'REPORT_ACCEPTED':
    case 'REPORT_REOPENED':
    case 'REPORT_OVERDUE':
      return node.period ? t('notificationText.period', { period: node.period }) : null;
    case 'ANNOUNCEMENT':
      return node.title;
    default:
      return null;
  }
}
