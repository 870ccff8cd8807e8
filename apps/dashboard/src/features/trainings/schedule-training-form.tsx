import { useMutation } from '@apollo/client/react';
import { TrainingAudience } from '@birge/shared-reference';
import { useState } from 'react';
import { Link } from 'react-router';
import { z } from 'zod';
import type { TrainingAudience as Audience } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { FormCard } from '../../ui/form-card';
import { FormField, OtherFieldErrors } from '../../ui/form-field';
import { useSchemaForm } from '../../ui/schema-form';
import { localInputToIso } from '../reference/dates';
import { RegionSelectField } from '../reference/region-select';
import { ScheduleTrainingMutation } from './trainings.graphql';

export const AUDIENCES = Object.values(TrainingAudience) as Audience[];

const FIELDS = ['regionCode', 'topic', 'audience', 'startsAt', 'endsAt', 'venue', 'capacity', 'description'];

const required = z.string().trim().min(1, 'REQUIRED');

/** A `datetime-local` value, sent as the instant it names in the browser's time zone. */
export const localInstant = required.transform((value, context) => localInputToIso(value) ?? (context.addIssue({ code: 'custom', input: value, message: 'INVALID_DATE' }), z.NEVER));

/** A training's checks before sending: everything but the description. */
export const scheduleTrainingSchema = z
  .object({
    regionCode: required,
    topic: required,
    description: z.string().trim(),
    audience: z.string().pipe(z.enum(TrainingAudience)),
    startsAt: localInstant,
    endsAt: localInstant,
    venue: required,
    capacity: required.regex(/^\d+$/, 'NOT_AN_INTEGER').transform(Number),
  })
  .transform(({ description, ...input }) => ({ ...input, ...(description ? { description } : {}) }));

/** Schedules a training in a region (regional staff: their own); the form keeps the place and audience for the next one. */
export function ScheduleTrainingForm({ ownRegion, defaultRegion }: { ownRegion: string | null; defaultRegion: string }) {
  const { t } = useI18n();
  const { form, fieldErrors, errors, failure, submitting, submit, setField } = useSchemaForm(scheduleTrainingSchema, {
    defaultValues: { regionCode: ownRegion ?? defaultRegion, topic: '', description: '', audience: '', startsAt: '', endsAt: '', venue: '', capacity: '20' },
  });
  const { register, watch } = form;
  const [done, setDone] = useState<{ id: string; topic: string } | null>(null);
  const [schedule] = useMutation(ScheduleTrainingMutation, { refetchQueries: ['Trainings'] });

  const onSubmit = submit(async (input) => {
    setDone(null);
    const { data } = await schedule({ variables: { input } });
    if (data) setDone(data.scheduleTraining);
    form.reset({ ...form.getValues(), topic: '', description: '', startsAt: '', endsAt: '' });
  });

  return (
    <FormCard
      testId="schedule-training-form"
      title={t('trainings.schedule.title')}
      onSubmit={onSubmit}
      failure={failure}
      fieldsMessage={t('common.correctFields')}
      submitting={submitting}
      submitLabel={t('trainings.schedule.submit')}
    >
      {done && (
        <p className="status status-success" role="status">
          {t('trainings.schedule.done')} <Link to={`/trainings/${done.id}`}>{done.topic}</Link>
        </p>
      )}
      <RegionSelectField label={t('organization.region')} value={watch('regionCode')} onChange={(code) => setField('regionCode', code)} onlyRegion={ownRegion} errors={errors['regionCode']} />
      <FormField label={t('trainings.topic')} errors={errors['topic']} name="topic">
        {(control) => <input {...control} {...register('topic')} type="text" />}
      </FormField>
      <FormField label={t('trainings.audience')} errors={errors['audience']} name="audience">
        {(control) => (
          <select {...control} {...register('audience')}>
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
          {(control) => <input {...control} {...register('startsAt')} type="datetime-local" />}
        </FormField>
        <FormField label={t('trainings.endsAt')} errors={errors['endsAt']} name="endsAt">
          {(control) => <input {...control} {...register('endsAt')} type="datetime-local" />}
        </FormField>
      </div>
      <FormField label={t('trainings.venue')} errors={errors['venue']} name="venue">
        {(control) => <input {...control} {...register('venue')} type="text" />}
      </FormField>
      <FormField label={t('trainings.capacity')} errors={errors['capacity']} name="capacity">
        {(control) => <input {...control} {...register('capacity')} type="number" min={1} max={10000} />}
      </FormField>
      <FormField label={t('trainings.description')} errors={errors['description']} name="description">
        {(control) => <textarea {...control} {...register('description')} rows={3} />}
      </FormField>
      <OtherFieldErrors errors={fieldErrors} knownFields={FIELDS} />
    </FormCard>
  );
}
