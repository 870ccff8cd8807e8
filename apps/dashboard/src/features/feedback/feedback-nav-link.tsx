import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { NavItemLink } from '../../layout/nav-link';
import { UnreadFeedbackCountQuery } from './feedback-unread.graphql';

const inFeedback = (path: string) => path === '/feedback' || path.startsWith('/feedback/');

/** The menu's link to the feedback channel, with how many threads have unread messages. */
export function FeedbackNavLink() {
  const { t, formatNumber } = useI18n();
  const { data } = useQuery(UnreadFeedbackCountQuery, { pollInterval: 60_000, errorPolicy: 'all' });
  const count = data?.unreadFeedbackCount ?? 0;
  return (
    <NavItemLink to="/feedback" isActive={inFeedback}>
      {t('nav.feedback')}
      {count > 0 && (
        <>
          <span className="badge nav-badge" data-testid="feedback-nav-unread" aria-hidden="true">
            {formatNumber(count)}
          </span>
          <span className="visually-hidden">{t('feedback.unreadThreads', { count: formatNumber(count) })}</span>
        </>
      )}
    </NavItemLink>
  );
}
