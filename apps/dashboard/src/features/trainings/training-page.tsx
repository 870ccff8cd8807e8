import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { canWrite, useViewer } from '../../auth/session';
import type { TrainingPageQuery as PageData } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from 'react-router';
import { FormFailure } from '../../ui/form-failure';
import { Detail } from '../../ui/detail';
import { RecordHeading } from '../../ui/record-heading';
import { RecordMissing } from '../../ui/record-missing';
import { useActionFailure } from '../../ui/use-action-failure';
import { EmptyState, Loading } from '../../ui/status';
import { TrainingRegisterForm } from './training-register-form';
import { CancelTrainingRegistrationMutation, MarkTrainingAttendanceMutation, TrainingPageQuery } from './trainings.graphql';

type Training = NonNullable<PageData['training']>;
type Registration = Training['registrations'][number];

export { OrganizationSelectField } from './training-register-form';

function RegistrationRow({ registration, started, writer, trainingId }: { registration: Registration; started: boolean; writer: boolean; trainingId: string }) {
  const { t, formatNumber } = useI18n();
  const { failure, run } = useActionFailure();
  const [attended, setAttended] = useState(String(registration.participants));
  const refetch = { refetchQueries: [{ query: TrainingPageQuery, variables: { id: trainingId } }], awaitRefetchQueries: true };
  const [cancel, cancelState] = useMutation(CancelTrainingRegistrationMutation, refetch);
  const [mark, markState] = useMutation(MarkTrainingAttendanceMutation, refetch);

  return (
    <tr data-testid="registration-row">
      <th scope="row">
        {registration.organization ? <Link to={`/organizations/${registration.organization.id}`}>{registration.organization.name}</Link> : t('common.unavailable')}
      </th>
      <td className="numeric">{formatNumber(registration.participants)}</td>
      <td>
        {t(`registrationStatus.${registration.status}`)}
        {registration.waitlistPosition != null && ` · ${t('training.waitlistPosition', { position: registration.waitlistPosition })}`}
      </td>
      <td>
        {registration.attendance
          ? `${t(`attendance.${registration.attendance}`)}${registration.attendedParticipants != null ? ` (${formatNumber(registration.attendedParticipants)})` : ''}`
          : '—'}
      </td>
      <td>
        {writer && registration.status !== 'CANCELLED' && !started && (
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={cancelState.loading}
            onClick={() => void run(() => cancel({ variables: { id: registration.id, version: registration.version } }))}
          >
            {t('training.cancelPlace')}
          </button>
        )}
        {writer && registration.status === 'REGISTERED' && started && (
          <span className="attendance-controls">
            <input
              type="number"
              min={0}
              max={registration.participants}
              value={attended}
              aria-label={t('training.attendedCount')}
              onChange={(event) => setAttended(event.target.value)}
            />
            <button
              type="button"
              className="button button-small"
              disabled={markState.loading}
              onClick={() =>
                void run(() =>
                  mark({
                    variables: { input: { registrationId: registration.id, version: registration.version, attendance: 'ATTENDED', attendedParticipants: Number(attended) } },
                  }),
                )
              }
            >
              {t('attendance.ATTENDED')}
            </button>
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={markState.loading}
              onClick={() => void run(() => mark({ variables: { input: { registrationId: registration.id, version: registration.version, attendance: 'NO_SHOW' } } }))}
            >
              {t('attendance.NO_SHOW')}
            </button>
          </span>
        )}
        <FormFailure error={failure} />
      </td>
    </tr>
  );
}

export function TrainingPage({ id }: { id: string }) {
  const { t, name, formatDate, formatNumber } = useI18n();
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(TrainingPageQuery, { variables: { id }, errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading />;
  const training = data?.training;
  if (!training) return <RecordMissing error={error} onRetry={() => void refetch()} notFound={t('training.notFound')} back={{ to: '/trainings', label: t('training.back') }} />;
  const writer = canWrite(viewer, training.region?.code ?? null);
  const started = new Date(training.startsAt).getTime() <= Date.now();
  const open = training.status === 'SCHEDULED' && !started;

  return (
    <section>
      <RecordHeading
        back={{ to: '/trainings', label: t('training.back') }}
        title={training.topic}
        status={t(`trainingStatus.${training.status}`)}
        statusClassName={`training-${training.status.toLowerCase()}`}
      />
      <dl className="details card">
        <Detail label={t('trainings.startsAt')}>{formatDate(training.startsAt)}</Detail>
        <Detail label={t('trainings.endsAt')}>{formatDate(training.endsAt)}</Detail>
        <Detail label={t('trainings.venue')}>{training.venue}</Detail>
        <Detail label={t('trainings.audience')}>{t(`audience.${training.audience}`)}</Detail>
        <Detail label={t('organization.region')}>{training.region ? name(training.region.name) : t('common.unavailable')}</Detail>
        <Detail label={t('trainings.capacity')} testId="training-seats">
          {t('trainings.seats', { taken: formatNumber(training.registeredSeats), capacity: formatNumber(training.capacity), left: formatNumber(training.seatsLeft) })}
        </Detail>
        {training.description && (
          <Detail label={t('trainings.description')} wide valueClassName="request-description">
            {training.description}
          </Detail>
        )}
        {training.cancellationReason && (
          <Detail label={t('training.cancellationReason')} wide>
            {training.cancellationReason}
          </Detail>
        )}
      </dl>
      <div className="two-columns">
        <div>
          <h2>
            {t('training.registrations')} <span className="count">{t('trainings.waitlisted', { count: formatNumber(training.waitlistedCount) })}</span>
          </h2>
          {training.registrations.length === 0 ? (
            <EmptyState>{t('training.noRegistrations')}</EmptyState>
          ) : (
            <div className="table-wrap">
              <table className="table" data-testid="registrations-table">
                <thead>
                  <tr>
                    <th scope="col">{t('request.organization')}</th>
                    <th scope="col" className="numeric">
                      {t('training.participants')}
                    </th>
                    <th scope="col">{t('training.placeStatus')}</th>
                    <th scope="col">{t('training.attendance')}</th>
                    <th scope="col" />
                  </tr>
                </thead>
                <tbody>
                  {training.registrations.map((registration) => (
                    <RegistrationRow key={registration.id} registration={registration} started={started} writer={writer} trainingId={training.id} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
        {writer && open && <TrainingRegisterForm training={training} />}
      </div>
    </section>
  );
}
