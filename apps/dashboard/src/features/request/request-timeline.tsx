import type { AssistanceRequestPageQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { AccessHidden } from '../../ui/access';

type Request = NonNullable<AssistanceRequestPageQuery['assistanceRequest']>;
type TimelineEntry = Request['timeline'][number];

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

/** What happened to the request, from its submission on: moves, assignments, referrals, files, comments. */
export function RequestTimeline({ request, nameOf }: { request: Request; nameOf: (id: string | null | undefined) => string }) {
  const { t, formatDate } = useI18n();
  return (
    <>
      <h2>{t('request.timeline')}</h2>
      <ol className="timeline" data-testid="request-timeline">
        <li className="timeline-entry">
          <span className="muted small">{formatDate(request.createdAt)}</span>
          <div>{t('timeline.submitted')}</div>
        </li>
        {request.timeline.map((entry) => (
          <li key={entry.id} className={`timeline-entry timeline-${entry.kind.toLowerCase()}`}>
            <span className="muted small">
              {formatDate(entry.at)} · {nameOf(entry.authorId)}
            </span>
            <div>
              <TimelineText entry={entry} request={request} nameOf={nameOf} />
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
    </>
  );
}
