import { useQuery } from '@apollo/client/react';
import { regionOf, useViewer } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { AccessHidden } from '../../ui/access';
import { ValuesFilterSelect } from '../../ui/filter-select';
import { PagedList } from '../../ui/paged-list';
import { RegionFilterSelect } from '../reference/region-select';
import { FEEDBACK_PAGE_SIZE, FeedbackThreadsQuery } from './feedback.graphql';
import { FEEDBACK_STATUSES, FEEDBACK_TOPICS, feedbackFilterFromQuery, feedbackQueryWith } from './feedback-filter';

/**
 * The continuous feedback channel: threads between the front offices and the republican office,
 * the one with the newest message first, each with how many of its messages the viewer has not
 * read; filtered by region (republican office only), status and topic.
 */
export function FeedbackThreadsPage() {
  const navigate = useNavigate();
  const { t, name, formatNumber, formatDate } = useI18n();
  const viewer = useViewer();
  const ownRegion = regionOf(viewer);
  const [query] = useSearchParams();
  const filter = feedbackFilterFromQuery(query, ownRegion);
  const threads = useQuery(FeedbackThreadsQuery, { variables: { filter, first: FEEDBACK_PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const set = (key: Parameters<typeof feedbackQueryWith>[1]) => (value: string) => navigate(feedbackQueryWith(query, key, value));

  return (
    <section>
      <div className="page-heading">
        <h1>{t('feedback.title')}</h1>
        <Link to="/feedback/new" className="button">
          {t('feedback.newThread')}
        </Link>
      </div>
      <p className="muted">{t('feedback.intro')}</p>
      <form className="filters" aria-label={t('feedback.filters')} onSubmit={(event) => event.preventDefault()}>
        {!ownRegion && <RegionFilterSelect label={t('feedback.filter.region')} value={filter.regionCode ?? ''} onChange={set('region')} />}
        <ValuesFilterSelect
          label={t('feedback.filter.status')}
          value={filter.status}
          onChange={set('status')}
          values={FEEDBACK_STATUSES}
          labelOf={(status) => t(`feedbackStatus.${status}`)}
        />
        <ValuesFilterSelect
          label={t('feedback.filter.topic')}
          value={filter.topic}
          onChange={set('topic')}
          values={FEEDBACK_TOPICS}
          labelOf={(topic) => t(`feedbackTopic.${topic}`)}
        />
      </form>

      <PagedList query={threads} connection={threads.data?.feedbackThreads} totalTestId="feedback-total" empty={t('feedback.empty')}>
        {(nodes) => (
          <ul className="feedback-list" data-testid="feedback-list">
            {nodes.map((node) => (
              <li key={node.id} className={`card feedback-card${node.unreadCount > 0 ? ' feedback-card-unread' : ''}`}>
                <div className="feedback-card-heading">
                  <Link to={`/feedback/${node.id}`} className="feedback-card-link">
                    {node.personalDataHidden ? <AccessHidden reason={node.personalDataHidden} /> : node.subject}
                  </Link>
                  {node.unreadCount > 0 && (
                    <span className="badge feedback-unread" data-testid="feedback-unread">
                      {t('feedback.unread', { count: formatNumber(node.unreadCount) })}
                    </span>
                  )}
                  <span className={`badge feedback-status-${node.status.toLowerCase()}`}>{t(`feedbackStatus.${node.status}`)}</span>
                </div>
                <div className="muted small">
                  {[
                    node.region ? name(node.region.name) : t('common.unavailable'),
                    t(`feedbackTopic.${node.topic}`),
                    t('feedback.messageCount', { count: formatNumber(node.messageCount) }),
                    formatDate(node.lastMessageAt),
                  ].join(' · ')}
                </div>
              </li>
            ))}
          </ul>
        )}
      </PagedList>
    </section>
  );
}
