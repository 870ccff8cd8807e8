import { useQuery } from '@apollo/client/react';
import { canWrite, roleOf, useViewer } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { Link } from 'react-router';
import { RecordHeading } from '../../ui/record-heading';
import { RecordMissing } from '../../ui/record-missing';
import { ErrorNotice, Loading } from '../../ui/status';
import { useStaffDirectory } from '../reference/use-staff-names';
import { AssistanceRequestForm } from './assistance-request-form';
import { ContactLog } from './contact-log';
import { CooperationPanel } from './cooperation-panel';
import { MergePanel } from './merge-panel';
import { organizationPageVariables, OrganizationPageQuery } from './organization.graphql';
import { OrganizationBookings } from './organization-bookings';
import { OrganizationDetails } from './organization-details';
import { OrganizationRequests } from './organization-requests';
import { OrganizationTrainings } from './organization-trainings';
import { VerificationPanel } from './verification-panel';

/** One organization of the registry: its record, verification, contacts, requests, bookings, trainings and cooperation. */
export function OrganizationPage({ id }: { id: string }) {
  const { t } = useI18n();
  const viewer = useViewer();
  const staff = useStaffDirectory();
  // errorPolicy 'all': the organization still shows when the assistance subgraph is down.
  const { data, loading, error, refetch, fetchMore } = useQuery(OrganizationPageQuery, {
    variables: organizationPageVariables(id),
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });

  if (loading && !data) return <Loading />;
  const organization = data?.organization;
  if (!organization)
    return (
      <RecordMissing error={error} onRetry={() => void refetch()} notFound={t('organization.notFound')} back={{ to: '/organizations', label: t('organization.backToList') }} />
    );

  const reload = () => void refetch();
  const writable = canWrite(viewer, organization.region.code);

  return (
    <section>
      <RecordHeading back={{ to: '/organizations', label: t('organization.backToList') }} title={organization.name} titleTestId="organization-name">
        <div className="action-buttons">
          <span className={`badge badge-large verification-${organization.verificationStatus.toLowerCase()}`}>{t(`verificationStatus.${organization.verificationStatus}`)}</span>
          {writable && (
            <Link to={`/organizations/${organization.id}/edit`} className="button">
              {t('organization.edit')}
            </Link>
          )}
        </div>
      </RecordHeading>
      {error != null && <ErrorNotice error={error} />}
      <OrganizationDetails organization={organization} nameOf={staff.nameOf} />

      <VerificationPanel organization={organization} nameOf={staff.nameOf} writable={writable} onChanged={reload} />

      <ContactLog
        organization={organization}
        nameOf={staff.nameOf}
        writable={writable}
        onChanged={reload}
        onLoadMore={(after) => fetchMore({ variables: { contactsAfter: after } })}
      />

      <div className="two-columns">
        <OrganizationRequests requests={organization.assistanceRequests} onLoadMore={(after) => fetchMore({ variables: { requestsAfter: after } })} />
        {roleOf(viewer) !== 'ANALYST' && <AssistanceRequestForm organizationId={organization.id} />}
      </div>

      <div className="two-columns">
        <OrganizationBookings bookings={organization.bookings} />
        <OrganizationTrainings trainings={organization.trainings} />
      </div>

      <CooperationPanel organizationId={organization.id} writable={writable} nameOf={staff.nameOf} />

      {writable && <MergePanel organization={organization} onMerged={reload} />}
    </section>
  );
}
