import { Link } from 'react-router';
import type { AssistanceRequestPageQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { AccessHidden } from '../../ui/access';

type Request = NonNullable<AssistanceRequestPageQuery['assistanceRequest']>;

/** What the request is: who asked, where, what for, by when, who handles it, and its outcome and rating once there. */
export function RequestDetails({ request, nameOf }: { request: Request; nameOf: (id: string | null | undefined) => string }) {
  const { t, name, formatDate } = useI18n();
  return (
    <dl className="details card">
      <div>
        <dt>{t('request.organization')}</dt>
        <dd>{request.organization ? <Link to={`/organizations/${request.organization.id}`}>{request.organization.name}</Link> : t('common.unavailable')}</dd>
      </div>
      <div>
        <dt>{t('organization.region')}</dt>
        <dd>{request.region ? name(request.region.name) : t('common.unavailable')}</dd>
      </div>
      <div>
        <dt>{t('requestForm.type')}</dt>
        <dd>{t(`assistanceType.${request.type}`)}</dd>
      </div>
      <div>
        <dt>{t('request.submittedAt')}</dt>
        <dd>{formatDate(request.createdAt)}</dd>
      </div>
      <div>
        <dt>{t('request.wishedFor')}</dt>
        <dd>{request.wishedForDate ?? t('common.notSet')}</dd>
      </div>
      <div>
        <dt>{t('request.due')}</dt>
        <dd className={request.overdue ? 'overdue' : undefined} data-testid="request-due">
          {request.dueAt ? formatDate(request.dueAt) : t('common.notSet')}
          {request.overdue && ` · ${t('request.overdue')}`}
        </dd>
      </div>
      <div>
        <dt>{t('request.assignee')}</dt>
        <dd data-testid="request-assignee">{nameOf(request.assigneeId)}</dd>
      </div>
      <div className="details-wide">
        <dt>{t('requestForm.description')}</dt>
        <dd className="request-description">{request.personalDataHidden ? <AccessHidden reason={request.personalDataHidden} /> : request.description}</dd>
      </div>
      {request.outcome && (
        <div className="details-wide" data-testid="request-outcome">
          <dt>{t('request.outcome.title')}</dt>
          <dd>
            <strong>{t(`outcome.${request.outcome.result}`)}</strong> · {formatDate(request.outcome.resolvedAt)}
            {request.outcome.link && (
              <>
                {' · '}
                <a href={request.outcome.link} target="_blank" rel="noreferrer noopener">
                  {request.outcome.link}
                </a>
              </>
            )}
            {request.outcome.note && <div className="muted">{request.outcome.note}</div>}
            {request.outcome.personalDataHidden && (
              <div>
                <AccessHidden reason={request.outcome.personalDataHidden} />
              </div>
            )}
          </dd>
        </div>
      )}
      {request.rating && (
        <div className="details-wide" data-testid="request-rating">
          <dt>{t('request.rating.title')}</dt>
          <dd>
            <span
              className="stars"
              aria-label={t('request.rating.value', {
                score: request.rating.score,
              })}
            >
              {'★'.repeat(request.rating.score)}
              {'☆'.repeat(5 - request.rating.score)}
            </span>{' '}
            {t('request.rating.value', { score: request.rating.score })}
            {request.rating.comment && <div className="muted">{request.rating.comment}</div>}
            {request.rating.personalDataHidden && (
              <div>
                <AccessHidden reason={request.rating.personalDataHidden} />
              </div>
            )}
          </dd>
        </div>
      )}
    </dl>
  );
}
