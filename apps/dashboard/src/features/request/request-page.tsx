import { useQuery } from '@apollo/client/react';
import { accountIdOf, canWrite, roleOf, useViewer } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { RecordHeading } from '../../ui/record-heading';
import { RecordMissing } from '../../ui/record-missing';
import { ErrorNotice, Loading } from '../../ui/status';
import { RequestGuides } from '../guides/request-guides';
import { useStaffDirectory } from '../reference/use-staff-names';
import { CommentForm } from './comment-form';
import { RatingForm } from './rating-form';
import { AssistanceRequestPageQuery } from './request.graphql';
import { RequestActions } from './request-actions';
import { RequestAttachments } from './request-attachments';
import { RequestDetails } from './request-details';
import { RequestReferrals } from './request-referrals';
import { RequestTimeline } from './request-timeline';

/** One assistance request: what it is, its way through the workflow, referrals, files and the rating. */
export function RequestPage({ id }: { id: string }) {
  const { t } = useI18n();
  const viewer = useViewer();
  const staff = useStaffDirectory();
  const { data, loading, error, refetch } = useQuery(AssistanceRequestPageQuery, { variables: { id }, errorPolicy: 'all', fetchPolicy: 'cache-and-network' });

  if (loading && !data) return <Loading />;
  const request = data?.assistanceRequest;
  if (!request) return <RecordMissing error={error} onRetry={() => void refetch()} notFound={t('request.notFound')} back={{ to: '/requests', label: t('request.backToBoard') }} />;

  const reload = () => void refetch();
  const writer = canWrite(viewer, request.region?.code ?? null);
  const readOnly = roleOf(viewer) === 'ANALYST';
  const assigneeOptions = staff.options.filter((option) => !option.regionCode || option.regionCode === request.region?.code);

  return (
    <section>
      <RecordHeading
        back={{ to: '/requests', label: t('request.backToBoard') }}
        title={t(`assistanceSubtype.${request.subtype}`)}
        titleTestId="request-title"
        status={t(`status.${request.status}`)}
        statusClassName={`status-${request.status.toLowerCase()}`}
        statusTestId="request-status"
      />
      {error != null && <ErrorNotice error={error} />}
      <RequestDetails request={request} nameOf={staff.nameOf} />

      <div className="two-columns">
        <div>
          {writer && <RequestActions request={request} assigneeOptions={assigneeOptions} myId={accountIdOf(viewer)} onReload={reload} />}
          <RequestTimeline request={request} nameOf={staff.nameOf} />
          {!readOnly && <CommentForm requestId={request.id} />}
        </div>

        <div>
          {request.status === 'RESOLVED' && !request.rating && !readOnly && <RatingForm requestId={request.id} version={request.version} onReload={reload} />}
          <RequestReferrals request={request} writer={writer} onReload={reload} />
          <RequestAttachments request={request} writer={writer} onReload={reload} />
          {request.type === 'CONSULTATIVE' && <RequestGuides requestId={request.id} writer={writer} />}
        </div>
      </div>
    </section>
  );
}
