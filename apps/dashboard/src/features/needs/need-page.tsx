import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { canWrite, useViewer } from '../../auth/session';
import { errorCodeOf } from '../../errors/graphql-errors';
import type { NeedPageQuery as PageData, NeedStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from 'react-router';
import { AccessHidden } from '../../ui/access';
import { EmptyState, ErrorNotice, Loading } from '../../ui/status';
import { useStaffDirectory } from '../reference/use-staff-names';
import { EditNeedForm } from './edit-need-form';
import { NeedCommentForm, NeedStatusForm } from './need-forms';
import { NeedEvidenceNamesQuery, NeedPageQuery } from './needs.graphql';

type Need = NonNullable<PageData['need']>;

/**
 * What the entry rests on. Names come from the registry and assistance in a query of their own, so
 * the entry shows even when they cannot answer; then the ids stand in.
 */
function Evidence({ need }: { need: Need }) {
  const { t } = useI18n();
  const { evidence } = need;
  const any = evidence.organizationIds.length + evidence.contactIds.length + evidence.assistanceRequestIds.length + evidence.trainingIds.length > 0;
  const names = useQuery(NeedEvidenceNamesQuery, { variables: { id: need.id }, skip: !any, errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  const named = names.data?.need?.evidence;
  const short = (id: string) => id.slice(0, 8);
  if (!any) return <p className="muted">{t('need.evidence.none')}</p>;
  return (
    <dl className="details card evidence" data-testid="need-evidence">
      {evidence.organizationIds.length > 0 && (
        <div className="details-wide">
          <dt>{t('need.evidence.organizations')}</dt>
          <dd>
            <ul className="plain-list">
              {evidence.organizationIds.map((id, index) => (
                <li key={id}>
                  <Link to={`/organizations/${id}`}>{named?.organizations[index]?.name ?? t('need.evidence.record', { id: short(id) })}</Link>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
      {evidence.assistanceRequestIds.length > 0 && (
        <div className="details-wide">
          <dt>{t('need.evidence.requests')}</dt>
          <dd>
            <ul className="plain-list">
              {evidence.assistanceRequestIds.map((id, index) => {
                const subtype = named?.assistanceRequests[index]?.subtype;
                return (
                  <li key={id}>
                    <Link to={`/requests/${id}`}>{subtype ? t(`assistanceSubtype.${subtype}`) : t('need.evidence.record', { id: short(id) })}</Link>
                  </li>
                );
              })}
            </ul>
          </dd>
        </div>
      )}
      {evidence.trainingIds.length > 0 && (
        <div className="details-wide">
          <dt>{t('need.evidence.trainings')}</dt>
          <dd>
            <ul className="plain-list">
              {evidence.trainingIds.map((id, index) => (
                <li key={id}>
                  <Link to={`/trainings/${id}`}>{named?.trainings[index]?.topic ?? t('need.evidence.record', { id: short(id) })}</Link>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
      {evidence.contactIds.length > 0 && (
        <div className="details-wide">
          <dt>{t('need.evidence.contacts')}</dt>
          <dd>{t('need.evidence.contactCount', { count: evidence.contactIds.length })}</dd>
        </div>
      )}
    </dl>
  );
}

export function NeedPage({ id }: { id: string }) {
  const { t, name, formatDate } = useI18n();
  const viewer = useViewer();
  const staff = useStaffDirectory();
  const [moving, setMoving] = useState<NeedStatus | null>(null);
  const [editing, setEditing] = useState(false);
  const { data, loading, error, refetch } = useQuery(NeedPageQuery, { variables: { id }, errorPolicy: 'all', fetchPolicy: 'cache-and-network' });

  if (loading && !data) return <Loading />;
  const need = data?.need;
  if (!need) {
    const notFound = !error || errorCodeOf(error) === 'NOT_FOUND' || errorCodeOf(error) === 'BAD_USER_INPUT';
    return (
      <section>
        {notFound ? <EmptyState>{t('need.notFound')}</EmptyState> : <ErrorNotice error={error} onRetry={() => void refetch()} />}
        <Link to="/needs">{t('need.backToRegister')}</Link>
      </section>
    );
  }

  // Without the region (the registry away) the viewer's own is assumed; the API decides by the stored one.
  const writer = canWrite(viewer, need.region?.code ?? null);
  const reload = () => void refetch();

  return (
    <section>
      <Link to="/needs" className="back-link">
        {t('need.backToRegister')}
      </Link>
      <div className="page-heading">
        <h1 data-testid="need-title">{t(`needTheme.${need.theme}`)}</h1>
        <span className={`badge badge-large need-status-${need.status.toLowerCase()}`} data-testid="need-status">
          {t(`needStatus.${need.status}`)}
        </span>
      </div>
      {error != null && <ErrorNotice error={error} />}
      <dl className="details card">
        <div>
          <dt>{t('organization.region')}</dt>
          <dd>{need.region ? name(need.region.name) : t('common.unavailable')}</dd>
        </div>
        <div>
          <dt>{t('need.district')}</dt>
          <dd>{need.district ? name(need.district.name) : t('needs.wholeRegion')}</dd>
        </div>
        <div>
          <dt>{t('need.kind')}</dt>
          <dd>{t(`needKind.${need.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('need.firstNoticedOn')}</dt>
          <dd>{need.firstNoticedOn}</dd>
        </div>
        <div>
          <dt>{t('need.recorded')}</dt>
          <dd>
            {formatDate(need.createdAt)} · {staff.nameOf(need.createdBy)}
          </dd>
        </div>
        <div className="details-wide">
          <dt>{t('need.narrative')}</dt>
          <dd className="request-description" data-testid="need-narrative">
            {need.personalDataHidden ? <AccessHidden reason={need.personalDataHidden} /> : need.narrative}
          </dd>
        </div>
      </dl>

      <div className="two-columns">
        <div>
          {writer && (
            <section className="card actions" aria-labelledby="need-actions">
              <h2 id="need-actions">{t('need.actions')}</h2>
              {need.allowedTransitions.length === 0 ? (
                <p className="muted" data-testid="need-final">
                  {t('need.final')}
                </p>
              ) : (
                <div className="action-buttons" data-testid="need-transitions">
                  {need.allowedTransitions.map((status) => (
                    <button key={status} type="button" className={moving === status ? 'button' : 'button button-secondary'} aria-pressed={moving === status} onClick={() => setMoving(status)}>
                      {t(`needTransition.${status}`)}
                    </button>
                  ))}
                </div>
              )}
              {need.allowedTransitions.length > 0 && !editing && (
                <button type="button" className="button button-link" onClick={() => setEditing(true)}>
                  {t('need.edit')}
                </button>
              )}
              {editing && need.allowedTransitions.length > 0 && <EditNeedForm need={need} onDone={() => setEditing(false)} onCancel={() => setEditing(false)} onReload={reload} />}
              {moving && need.allowedTransitions.includes(moving) && (
                <NeedStatusForm key={moving} needId={need.id} version={need.version} status={moving} onDone={() => setMoving(null)} onCancel={() => setMoving(null)} onReload={reload} />
              )}
            </section>
          )}

          <h2>{t('need.thread')}</h2>
          {need.comments.length === 0 ? (
            <p className="muted">{t('need.noComments')}</p>
          ) : (
            <ol className="timeline" data-testid="need-comments">
              {need.comments.map((comment) => (
                <li key={comment.id} className="timeline-entry">
                  <span className="muted small">
                    {formatDate(comment.createdAt)} · {staff.nameOf(comment.authorId)}
                  </span>
                  <p className="timeline-text">{comment.personalDataHidden ? <AccessHidden reason={comment.personalDataHidden} /> : comment.text}</p>
                </li>
              ))}
            </ol>
          )}
          {writer && <NeedCommentForm needId={need.id} />}
        </div>

        <div>
          <h2>{t('need.history')}</h2>
          <ol className="timeline" data-testid="need-history">
            {need.statusHistory.map((step) => (
              <li key={step.id} className="timeline-entry">
                <span className="muted small">
                  {formatDate(step.changedAt)} · {staff.nameOf(step.changedBy)}
                </span>
                <div>
                  {step.fromStatus
                    ? t('need.historyStep', { from: t(`needStatus.${step.fromStatus}`), to: t(`needStatus.${step.toStatus}`) })
                    : t('need.historyRecorded')}
                </div>
                {step.comment && <p className="timeline-text">{step.comment}</p>}
                {step.fromStatus && step.personalDataHidden && (
                  <p className="timeline-text">
                    <AccessHidden reason={step.personalDataHidden} />
                  </p>
                )}
              </li>
            ))}
          </ol>

          <h2>{t('need.evidence.title')}</h2>
          <Evidence need={need} />
        </div>
      </div>
    </section>
  );
}
