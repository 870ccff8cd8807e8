import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { accountIdOf, canWrite, roleOf, useViewer } from '../../auth/session';
import { errorCodeOf } from '../../errors/graphql-errors';
import type { AssistanceRequestPageQuery as PageData, AssistanceRequestStatus } from '../../gql/graphql';
import { useI18n, type I18n } from '../../i18n/i18n';
import { Link } from 'react-router';
import { AccessHidden } from '../../ui/access';
import { EmptyState, ErrorNotice, Loading } from '../../ui/status';
import { useStaffDirectory } from '../reference/use-staff-names';
import { AssistanceRequestPageQuery } from './request.graphql';
import { RequestGuides } from '../guides/request-guides';
import { AssignForm } from './assign-form';
import { AttachmentDownload } from './attachment-download';
import { AttachmentUpload } from './attachment-upload';
import { CommentForm } from './comment-form';
import { RatingForm } from './rating-form';
import { StateBodyAnswerForm } from './state-body-answer-form';
import { StatusChangeForm } from './status-change-form';

type Request = NonNullable<PageData['assistanceRequest']>;
type TimelineEntry = Request['timeline'][number];

function formatSize(bytes: number, i18n: I18n): string {
  if (bytes < 1024) return i18n.t('request.attachments.bytes', { size: i18n.formatNumber(bytes) });
  return i18n.t('request.attachments.kilobytes', { size: i18n.formatNumber(Math.ceil(bytes / 1024)) });
}

function TimelineText({ entry, request, nameOf }: { entry: TimelineEntry; request: Request; nameOf: (id: string | null | undefined) => string }) {
  const { t } = useI18n();
  switch (entry.kind) {
    case 'STATUS_CHANGED':
      return (
        <>
          {t('timeline.statusChanged', {
            from: entry.fromStatus ? t(`status.${entry.fromStatus}`) : '—',
            to: entry.toStatus ? t(`status.${entry.toStatus}`) : '—',
          })}
        </>
      );
    case 'ASSIGNED':
      return <>{entry.assigneeId ? t('timeline.assigned', { name: nameOf(entry.assigneeId) }) : t('timeline.unassigned')}</>;
    case 'REFERRED': {
      const referral = request.referrals.find((candidate) => candidate.id === entry.referralId);
      return <>{t('timeline.referred', { body: referral?.stateBody ?? '—' })}</>;
    }
    case 'STATE_BODY_ANSWERED': {
      const referral = request.referrals.find((candidate) => candidate.id === entry.referralId);
      return <>{t('timeline.answered', { body: referral?.stateBody ?? '—' })}</>;
    }
    case 'ATTACHMENT_ADDED': {
      const attachment = request.attachments.find((candidate) => candidate.id === entry.attachmentId);
      return <>{t('timeline.attachmentAdded', { name: attachment?.fileName ?? '—' })}</>;
    }
    case 'RATED':
      return <>{t('timeline.rated')}</>;
    default:
      return <>{t('timeline.comment')}</>;
  }
}

export function RequestPage({ id }: { id: string }) {
  const i18n = useI18n();
  const { t, name, formatDate } = i18n;
  const viewer = useViewer();
  const staff = useStaffDirectory();
  const [moving, setMoving] = useState<AssistanceRequestStatus | null>(null);
  const { data, loading, error, refetch } = useQuery(AssistanceRequestPageQuery, { variables: { id }, errorPolicy: 'all', fetchPolicy: 'cache-and-network' });

  if (loading && !data) return <Loading />;
  const request = data?.assistanceRequest;
  if (!request) {
    const notFound = !error || errorCodeOf(error) === 'NOT_FOUND' || errorCodeOf(error) === 'BAD_USER_INPUT';
    return (
      <section>
        {notFound ? <EmptyState>{t('request.notFound')}</EmptyState> : <ErrorNotice error={error} onRetry={() => void refetch()} />}
        <Link to="/requests">{t('request.backToBoard')}</Link>
      </section>
    );
  }

  const reload = () => void refetch();
  const writer = canWrite(viewer, request.region?.code ?? null);
  const readOnly = roleOf(viewer) === 'ANALYST';
  const assigneeOptions = staff.options.filter((option) => !option.regionCode || option.regionCode === request.region?.code);

  return (
    <section>
      <Link to="/requests" className="back-link">
        {t('request.backToBoard')}
      </Link>
      <div className="page-heading">
        <h1 data-testid="request-title">{t(`assistanceSubtype.${request.subtype}`)}</h1>
        <span className={`badge badge-large status-${request.status.toLowerCase()}`} data-testid="request-status">
          {t(`status.${request.status}`)}
        </span>
      </div>
      {error != null && <ErrorNotice error={error} />}
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
          <dd data-testid="request-assignee">{staff.nameOf(request.assigneeId)}</dd>
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
              <span className="stars" aria-label={t('request.rating.value', { score: request.rating.score })}>
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

      <div className="two-columns">
        <div>
          {writer && (
            <section className="card actions" aria-labelledby="request-actions">
              <h2 id="request-actions">{t('request.actions')}</h2>
              {request.allowedTransitions.length === 0 ? (
                <p className="muted" data-testid="request-final">
                  {t('request.final')}
                </p>
              ) : (
                <div className="action-buttons" data-testid="request-actions">
                  {request.allowedTransitions.map((status) => (
                    <button
                      key={status}
                      type="button"
                      className={moving === status ? 'button' : 'button button-secondary'}
                      aria-pressed={moving === status}
                      onClick={() => setMoving(status)}
                    >
                      {t(`transition.${status}`)}
                    </button>
                  ))}
                </div>
              )}
              {moving && request.allowedTransitions.includes(moving) && (
                <StatusChangeForm
                  key={moving}
                  requestId={request.id}
                  version={request.version}
                  subtype={request.subtype}
                  status={moving}
                  regionCode={request.region?.code ?? null}
                  onDone={() => setMoving(null)}
                  onCancel={() => setMoving(null)}
                  onReload={reload}
                />
              )}
              <AssignForm
                key={`${request.assigneeId ?? ''}:${request.version}`}
                requestId={request.id}
                version={request.version}
                assigneeId={request.assigneeId ?? null}
                options={assigneeOptions}
                myId={accountIdOf(viewer)}
                onReload={reload}
              />
            </section>
          )}

          <h2>{t('request.timeline')}</h2>
          <ol className="timeline" data-testid="request-timeline">
            <li className="timeline-entry">
              <span className="muted small">{formatDate(request.createdAt)}</span>
              <div>{t('timeline.submitted')}</div>
            </li>
            {request.timeline.map((entry) => (
              <li key={entry.id} className={`timeline-entry timeline-${entry.kind.toLowerCase()}`}>
                <span className="muted small">
                  {formatDate(entry.at)} · {staff.nameOf(entry.authorId)}
                </span>
                <div>
                  <TimelineText entry={entry} request={request} nameOf={staff.nameOf} />
                </div>
                {entry.text && <p className="timeline-text">{entry.text}</p>}
                {entry.personalDataHidden && (
                  <p className="timeline-text">
                    <AccessHidden reason={entry.personalDataHidden} />
                  </p>
                )}
              </li>
            ))}
          </ol>
          {!readOnly && <CommentForm requestId={request.id} />}
        </div>

        <div>
          {request.status === 'RESOLVED' && !request.rating && !readOnly && <RatingForm requestId={request.id} version={request.version} onReload={reload} />}

          <h2>{t('request.referrals')}</h2>
          {request.referrals.length === 0 ? (
            <p className="muted">{t('request.referral.none')}</p>
          ) : (
            <ul className="request-list" data-testid="request-referrals">
              {request.referrals.map((referral) => (
                <li key={referral.id} className="card">
                  <strong>{referral.stateBody}</strong>
                  <div className="muted small">{t('request.referral.referredOnValue', { date: referral.referredOn })}</div>
                  {referral.note && <p className="request-description">{referral.note}</p>}
                  {referral.personalDataHidden && (
                    <p>
                      <AccessHidden reason={referral.personalDataHidden} />
                    </p>
                  )}
                  {referral.answer || referral.answeredOn ? (
                    <div className="referral-answer">
                      <div className="small muted">{t('request.referral.answeredOnValue', { date: referral.answeredOn ?? '—' })}</div>
                      {referral.answer && <p className="request-description">{referral.answer}</p>}
                    </div>
                  ) : writer ? (
                    <StateBodyAnswerForm requestId={request.id} version={request.version} referralId={referral.id} onReload={reload} />
                  ) : (
                    <p className="muted small">{t('request.referral.waiting')}</p>
                  )}
                </li>
              ))}
            </ul>
          )}

          <h2>{t('request.attachments.title')}</h2>
          {request.attachments.length === 0 ? (
            <p className="muted">{t('request.attachments.none')}</p>
          ) : (
            <ul className="attachment-list" data-testid="request-attachments">
              {request.attachments.map((attachment) => (
                <li key={attachment.id}>
                  {attachment.fileName == null ? <AccessHidden reason={attachment.personalDataHidden} /> : <span>{attachment.fileName}</span>}{' '}
                  <span className="muted small">
                    {formatSize(attachment.sizeBytes, i18n)} · {formatDate(attachment.createdAt)}
                  </span>{' '}
                  {!attachment.personalDataHidden && <AttachmentDownload requestId={request.id} attachmentId={attachment.id} fileName={attachment.fileName ?? attachment.id} />}
                </li>
              ))}
            </ul>
          )}
          {writer && <AttachmentUpload requestId={request.id} version={request.version} onReload={reload} />}
          {request.type === 'CONSULTATIVE' && <RequestGuides requestId={request.id} writer={writer} />}
        </div>
      </div>
    </section>
  );
}
