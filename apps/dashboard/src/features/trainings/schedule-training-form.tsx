import { useMutation } from '@apollo/client/react';
import { TrainingAudience } from '@birge/shared-reference';
import { useState } from 'react';
import { Link } from 'react-router';
import { z } from 'zod';
import type { TrainingAudience as Audience } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { FormCard } from '../../ui/form-card';
import { formControls } from '../../ui/form-controls';
import { useSchemaForm } from '../../ui/schema-form';
import { localInputToIso } from '../reference/dates';
import { RegionSelectField } from '../reference/region-select';
import { ScheduleTrainingMutation } from './trainings.graphql';

export const AUDIENCES = Object.values(TrainingAudience) as Audience[];

const FIELDS = ['regionCode', 'topic', 'audience', 'startsAt', 'endsAt', 'venue', 'capacity', 'description'];

const required = z.string().trim().min(1, 'REQUIRED');

/** A `datetime-local` value, sent as the instant it names in the browser's time zone. */
export const localInstant = required.transform(
  (value, context) => localInputToIso(value) ?? (context.addIssue({ code: 'custom', input: value, message: 'INVALID_DATE' }), z.NEVER),
);

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
  const schemaForm = useSchemaForm(scheduleTrainingSchema, {
    defaultValues: { regionCode: ownRegion ?? defaultRegion, topic: '', description: '', audience: '', startsAt: '', endsAt: '', venue: '', capacity: '20' },
  });
  const { form, errors, submit, setField } = schemaForm;
  const { register, watch } = form;
  const [done, setDone] = useState<{ id: string; topic: string } | null>(null);
  const [schedule] = useMutation(ScheduleTrainingMutation, { refetchQueries: ['Trainings'] });

  const onSubmit = submit(async (input) => {
    setDone(null);
    const { data } = await schedule({ variables: { input } });
    if (data) setDone(data.scheduleTraining);
    form.reset({ ...form.getValues(), topic: '', description: '', startsAt: '', endsAt: '' });
  });

  const field = formControls(register, errors);
  const scheduled = done && (
    <>
      {t('trainings.schedule.done')} <Link to={`/trainings/${done.id}`}>{done.topic}</Link>
    </>
  );
  return (
    <FormCard testId="schedule-training-form" messages="trainings.schedule" form={schemaForm} onSubmit={onSubmit} done={scheduled} knownFields={FIELDS}>
      <RegionSelectField
        label={t('organization.region')}
        value={watch('regionCode')}
        onChange={(code) => setField('regionCode', code)}
        onlyRegion={ownRegion}
        errors={errors['regionCode']}
      />
      {field.input('topic', t('trainings.topic'))}
      {field.select('audience', t('trainings.audience'), [
        { value: '', label: t('common.choose') },
        ...AUDIENCES.map((audience) => ({ value: audience, label: t(`audience.${audience}`) })),
      ])}
      <div className="form-row">
        {field.input('startsAt', t('trainings.startsAt'), { type: 'datetime-local' })}
        {field.input('endsAt', t('trainings.endsAt'), { type: 'datetime-local' })}
      </div>
      {field.input('venue', t('trainings.venue'))}
      {field.input('capacity', t('trainings.capacity'), { type: 'number', min: 1, max: 10000 })}
      {field.textarea('description', t('trainings.description'), 3)}
    </FormCard>
  );
}
