import { useMutation, useQuery } from '@apollo/client/react';
import { TrainingAudience } from '@birge/shared-reference';
import { useMemo, useState, type FormEvent } from 'react';
import { canWrite, regionOf, useViewer } from '../../auth/session';
import type { FieldError } from '../../errors/graphql-errors';
import type { TrainingAudience as Audience } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { FormCard } from '../../ui/form-card';
import { useFormErrors } from '../../ui/form-errors';
import { FormField, OtherFieldErrors } from '../../ui/form-field';
import { LoadMore } from '../../ui/load-more';
import { EmptyState, LoadingOrError } from '../../ui/status';
import { addDays, formatDay, groupByWeek, localInputToIso, startOfWeek } from '../reference/dates';
import { RegionFilterSelect, RegionSelectField } from '../reference/region-select';
import { ScheduleTrainingMutation, TRAININGS_PAGE_SIZE, TrainingsQuery } from './trainings.graphql';

export const AUDIENCES = Object.values(TrainingAudience) as Audience[];

function ScheduleTrainingForm({ ownRegion, defaultRegion }: { ownRegion: string | null; defaultRegion: string }) {
  const { t } = useI18n();
  const [form, setForm] = useState({ regionCode: ownRegion ?? defaultRegion, topic: '', description: '', audience: '' as Audience | '', startsAt: '', endsAt: '', venue: '', capacity: '20' });
  const { fieldErrors, errors, failure, setFieldErrors, setFailure, fail } = useFormErrors();
  const [done, setDone] = useState<{ id: string; topic: string } | null>(null);
  const [schedule, { loading }] = useMutation(ScheduleTrainingMutation, { refetchQueries: ['Trainings'] });
  const set = (key: keyof typeof form) => (value: string) => setForm((previous) => ({ ...previous, [key]: value }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    setDone(null);
    const missing: FieldError[] = [];
    for (const field of ['regionCode', 'topic', 'audience', 'startsAt', 'endsAt', 'venue', 'capacity'] as const) {
      if (!form[field].trim()) missing.push({ field, code: 'REQUIRED', message: 'is required' });
    }
    setFieldErrors(missing);
    const startsAt = localInputToIso(form.startsAt);
    const endsAt = localInputToIso(form.endsAt);
    if (missing.length > 0 || !form.audience || !startsAt || !endsAt) return;
    try {
      const { data } = await schedule({
        variables: {
          input: {
            regionCode: form.regionCode,
            topic: form.topic.trim(),
            ...(form.description.trim() ? { description: form.description.trim() } : {}),
            audience: form.audience,
            startsAt,
            endsAt,
            venue: form.venue.trim(),
            capacity: Number(form.capacity),
          },
        },
      });
      if (data) setDone(data.scheduleTraining);
      setForm((previous) => ({ ...previous, topic: '', description: '', startsAt: '', endsAt: '' }));
    } catch (error) {
      fail(error);
    }
  }

  return (
    <FormCard
      testId="schedule-training-form"
      title={t('trainings.schedule.title')}
      onSubmit={onSubmit}
      failure={failure}
      fieldsMessage={t('common.correctFields')}
      submitting={loading}
      submitLabel={t('trainings.schedule.submit')}
    >
      {done && (
        <p className="status status-success" role="status">
          {t('trainings.schedule.done')} <Link to={`/trainings/${done.id}`}>{done.topic}</Link>
        </p>
      )}
      <RegionSelectField label={t('organization.region')} value={form.regionCode} onChange={set('regionCode')} onlyRegion={ownRegion} errors={errors['regionCode']} />
      <FormField label={t('trainings.topic')} errors={errors['topic']} name="topic">
        {(control) => <input {...control} type="text" value={form.topic} onChange={(event) => set('topic')(event.target.value)} />}
      </FormField>
      <FormField label={t('trainings.audience')} errors={errors['audience']} name="audience">
        {(control) => (
          <select {...control} value={form.audience} onChange={(event) => set('audience')(event.target.value)}>
            <option value="">{t('common.choose')}</option>
            {AUDIENCES.map((audience) => (
              <option key={audience} value={audience}>
                {t(`audience.${audience}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="form-row">
        <FormField label={t('trainings.startsAt')} errors={errors['startsAt']} name="startsAt">
          {(control) => <input {...control} type="datetime-local" value={form.startsAt} onChange={(event) => set('startsAt')(event.target.value)} />}
        </FormField>
        <FormField label={t('trainings.endsAt')} errors={errors['endsAt']} name="endsAt">
          {(control) => <input {...control} type="datetime-local" value={form.endsAt} onChange={(event) => set('endsAt')(event.target.value)} />}
        </FormField>
      </div>
      <FormField label={t('trainings.venue')} errors={errors['venue']} name="venue">
        {(control) => <input {...control} type="text" value={form.venue} onChange={(event) => set('venue')(event.target.value)} />}
      </FormField>
      <FormField label={t('trainings.capacity')} errors={errors['capacity']} name="capacity">
        {(control) => <input {...control} type="number" min={1} max={10000} value={form.capacity} onChange={(event) => set('capacity')(event.target.value)} />}
      </FormField>
      <FormField label={t('trainings.description')} errors={errors['description']} name="description">
        {(control) => <textarea {...control} rows={3} value={form.description} onChange={(event) => set('description')(event.target.value)} />}
      </FormField>
      <OtherFieldErrors errors={fieldErrors} knownFields={['regionCode', 'topic', 'audience', 'startsAt', 'endsAt', 'venue', 'capacity', 'description']} />
    </FormCard>
  );
}

export function TrainingsPage() {
  const navigate = useNavigate();
  const i18n = useI18n();
  const { t, name, formatDate, formatNumber } = i18n;
  const viewer = useViewer();
  const ownRegion = regionOf(viewer);
  const [query] = useSearchParams();
  const regionParam = query.get('region');
  const regionCode = regionParam === 'all' ? null : (regionParam ?? ownRegion);
  // The calendar starts with the current week; earlier ones are history.
  const from = useMemo(() => startOfWeek(new Date()).toISOString(), []);
  const filter = { ...(regionCode ? { regionCode } : {}), from, includeCancelled: true };
  const { data, loading, error, fetchMore, refetch } = useQuery(TrainingsQuery, { variables: { filter, first: TRAININGS_PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const connection = data?.trainings;
  const weeks = groupByWeek(connection?.edges.map((edge) => edge.node) ?? [], (training) => training.startsAt);

  return (
    <section>
      <h1>{t('trainings.title')}</h1>
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <RegionFilterSelect
          label={t('board.filter.region')}
          value={regionCode ?? ''}
          onChange={(code) => navigate(code ? `/trainings?region=${code}` : ownRegion ? '/trainings?region=all' : '/trainings')}
        />
      </form>
      <div className="two-columns">
        <div>
          {!connection && <LoadingOrError loading={loading} error={error} onRetry={() => void refetch()} />}
          {connection && weeks.length === 0 && <EmptyState>{t('trainings.empty')}</EmptyState>}
          {weeks.map((week) => (
            <section key={week.weekStart.getTime()} className="calendar-week" data-testid="training-week">
              <h2 className="calendar-week-title">{t('calendar.week', { from: formatDay(week.weekStart), to: formatDay(addDays(week.weekStart, 6)) })}</h2>
              <ul className="request-list">
                {week.items.map((training) => (
                  <li key={training.id} className={training.status === 'CANCELLED' ? 'card training training-cancelled' : 'card training'}>
                    <div className="request-head">
                      <Link to={`/trainings/${training.id}`}>
                        <strong>{training.topic}</strong>
                      </Link>
                      <span className={`badge training-${training.status.toLowerCase()}`}>{t(`trainingStatus.${training.status}`)}</span>
                    </div>
                    <div className="muted small">
                      {formatDate(training.startsAt)} – {formatDate(training.endsAt)} · {training.venue}
                    </div>
                    <div className="small">
                      {t(`audience.${training.audience}`)} · {training.region ? name(training.region.name) : ''}
                    </div>
                    <div className="small">
                      {t('trainings.seats', { taken: formatNumber(training.registeredSeats), capacity: formatNumber(training.capacity), left: formatNumber(training.seatsLeft) })}
                      {training.waitlistedCount > 0 && ` · ${t('trainings.waitlisted', { count: formatNumber(training.waitlistedCount) })}`}
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          ))}
          {connection && <LoadMore pageInfo={connection.pageInfo} onLoad={(after) => fetchMore({ variables: { after } })} />}
        </div>
        {canWrite(viewer) && <ScheduleTrainingForm ownRegion={ownRegion} defaultRegion={regionCode ?? ''} />}
      </div>
    </section>
  );
}
