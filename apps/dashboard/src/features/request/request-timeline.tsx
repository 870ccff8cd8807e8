import type { AssistanceRequestPageQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { TimelineEntry, TimelineNote } from '../../ui/timeline';

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
  const { t } = useI18n();
  return (
    <>
      <h2>{t('request.timeline')}</h2>
      <ol className="timeline" data-testid="request-timeline">
        <TimelineEntry at={request.createdAt}>
          <div>{t('timeline.submitted')}</div>
        </TimelineEntry>
        {request.timeline.map((entry) => (
          <TimelineEntry key={entry.id} at={entry.at} by={nameOf(entry.authorId)} className={`timeline-${entry.kind.toLowerCase()}`}>
            <div>
              <TimelineText entry={entry} request={request} nameOf={nameOf} />
            </div>
            <TimelineNote text={entry.text} hidden={entry.personalDataHidden} />
          </TimelineEntry>
        ))}
      </ol>
    </>
  );
}
