import { Link } from 'react-router';
import type { OrganizationPageQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { AccessHidden } from '../../ui/access';
import { LoadMore } from '../../ui/load-more';
import { EmptyState, Unavailable } from '../../ui/status';

type Requests = NonNullable<OrganizationPageQuery['organization']>['assistanceRequests'];

/** The organization's assistance requests, newest first, with their outcome and rating; unavailable or withheld said so. */
export function OrganizationRequests({ requests, onLoadMore }: { requests: Requests; onLoadMore: (after: string | null | undefined) => Promise<unknown> }) {
  const { t, formatDate, formatNumber } = useI18n();
  return (
    <div>
      <h2>
        {t('organization.requests.title')}
        {requests && <span className="count"> {t('organization.requests.count', { count: formatNumber(requests.totalCount) })}</span>}
      </h2>
      {!requests ? (
        <p data-testid="requests-unavailable">
          <Unavailable />
        </p>
      ) : requests.withheld ? (
        <p data-testid="requests-withheld">
          <AccessHidden reason={requests.withheld} />
        </p>
      ) : requests.edges.length === 0 ? (
        <EmptyState>{t('organization.requests.empty')}</EmptyState>
      ) : (
        <>
          <ul className="request-list" data-testid="request-list">
            {requests.edges.map(({ node }) => (
              <li key={node.id} className="card request">
                <div className="request-head">
                  <Link to={`/requests/${node.id}`}>
                    <strong>{t(`assistanceType.${node.type}`)}</strong>
                  </Link>
                  <span className={`badge status-${node.status.toLowerCase()}`}>{t(`status.${node.status}`)}</span>
                </div>
                <div className="muted">{t(`assistanceSubtype.${node.subtype}`)}</div>
                <p className="request-description">{node.personalDataHidden ? <AccessHidden reason={node.personalDataHidden} /> : node.description}</p>
                {node.outcome && (
                  <div className="small" data-testid="request-outcome">
                    {t('request.outcome.title')}: <strong>{t(`outcome.${node.outcome.result}`)}</strong>
                    {node.outcome.link && (
                      <>
                        {' · '}
                        <a href={node.outcome.link} target="_blank" rel="noreferrer noopener">
                          {node.outcome.link}
                        </a>
                      </>
                    )}
                  </div>
                )}
                {node.rating && (
                  <div className="small" data-testid="request-rating">
                    {t('request.rating.title')}:{' '}
                    <span className="stars">
                      {'★'.repeat(node.rating.score)}
                      {'☆'.repeat(5 - node.rating.score)}
                    </span>{' '}
                    {t('request.rating.value', { score: node.rating.score })}
                    {node.rating.comment && <span className="muted"> · {node.rating.comment}</span>}
                  </div>
                )}
                <div className="muted small">{formatDate(node.createdAt)}</div>
              </li>
            ))}
          </ul>
          <LoadMore pageInfo={requests.pageInfo} onLoad={onLoadMore} />
        </>
      )}
    </div>
  );
}
