import { useQuery } from '@apollo/client/react';
import { canWrite, useViewer } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { AccessHidden } from '../../ui/access';
import { Detail } from '../../ui/detail';
import { RecordHeading } from '../../ui/record-heading';
import { RecordMissing } from '../../ui/record-missing';
import { ErrorNotice, Loading } from '../../ui/status';
import { TimelineEntry, TimelineNote } from '../../ui/timeline';
import { useStaffDirectory } from '../reference/use-staff-names';
import { NeedActions } from './need-actions';
import { NeedEvidence } from './need-evidence';
import { NeedCommentForm } from './need-forms';
import { NeedPageQuery } from './needs.graphql';

/** One entry of the needs and problems register: what it is, its actions, thread, history and evidence. */
export function NeedPage({ id }: { id: string }) {
  const { t, name, formatDate } = useI18n();
  const viewer = useViewer();
  const staff = useStaffDirectory();
  const { data, loading, error, refetch } = useQuery(NeedPageQuery, { variables: { id }, errorPolicy: 'all', fetchPolicy: 'cache-and-network' });

  if (loading && !data) return <Loading />;
  const need = data?.need;
  if (!need) return <RecordMissing error={error} onRetry={() => void refetch()} notFound={t('need.notFound')} back={{ to: '/needs', label: t('need.backToRegister') }} />;

  // Without the region (the registry away) the viewer's own is assumed; the API decides by the stored one.
  const writer = canWrite(viewer, need.region?.code ?? null);
  const reload = () => void refetch();

  return (
    <section>
      <RecordHeading
        back={{ to: '/needs', label: t('need.backToRegister') }}
        title={t(`needTheme.${need.theme}`)}
        titleTestId="need-title"
        status={t(`needStatus.${need.status}`)}
        statusClassName={`need-status-${need.status.toLowerCase()}`}
        statusTestId="need-status"
      />
      {error != null && <ErrorNotice error={error} />}
      <dl className="details card">
        <Detail label={t('organization.region')}>{need.region ? name(need.region.name) : t('common.unavailable')}</Detail>
        <Detail label={t('need.district')}>{need.district ? name(need.district.name) : t('needs.wholeRegion')}</Detail>
        <Detail label={t('need.kind')}>{t(`needKind.${need.kind}`)}</Detail>
        <Detail label={t('need.firstNoticedOn')}>{need.firstNoticedOn}</Detail>
        <Detail label={t('need.recorded')}>
          {formatDate(need.createdAt)} · {staff.nameOf(need.createdBy)}
        </Detail>
        <Detail label={t('need.narrative')} wide testId="need-narrative" valueClassName="request-description">
          {need.personalDataHidden ? <AccessHidden reason={need.personalDataHidden} /> : need.narrative}
        </Detail>
      </dl>

      <div className="two-columns">
        <div>
          {writer && <NeedActions need={need} onReload={reload} />}

          <h2>{t('need.thread')}</h2>
          {need.comments.length === 0 ? (
            <p className="muted">{t('need.noComments')}</p>
          ) : (
            <ol className="timeline" data-testid="need-comments">
              {need.comments.map((comment) => (
                <TimelineEntry key={comment.id} at={comment.createdAt} by={staff.nameOf(comment.authorId)}>
                  <TimelineNote text={comment.text} hidden={comment.personalDataHidden} />
                </TimelineEntry>
              ))}
            </ol>
          )}
          {writer && <NeedCommentForm needId={need.id} />}
        </div>

        <div>
          <h2>{t('need.history')}</h2>
          <ol className="timeline" data-testid="need-history">
            {need.statusHistory.map((step) => (
              <TimelineEntry key={step.id} at={step.changedAt} by={staff.nameOf(step.changedBy)}>
                <div>{step.fromStatus ? t('need.historyStep', { from: t(`needStatus.${step.fromStatus}`), to: t(`needStatus.${step.toStatus}`) }) : t('need.historyRecorded')}</div>
                <TimelineNote text={step.comment} hidden={step.fromStatus ? step.personalDataHidden : null} />
              </TimelineEntry>
            ))}
          </ol>

          <h2>{t('need.evidence.title')}</h2>
          <NeedEvidence need={need} />
        </div>
      </div>
    </section>
  );
}
