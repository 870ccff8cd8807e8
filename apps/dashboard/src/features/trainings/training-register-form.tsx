import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { z } from 'zod';
import type { FieldError } from '../../errors/graphql-errors';
import type { TrainingPageQuery as PageData } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { FormField, OtherFieldErrors } from '../../ui/form-field';
import { FormFailure } from '../../ui/form-failure';
import { useSchemaForm } from '../../ui/schema-form';
import { OrganizationOptionsQuery, RegisterForTrainingMutation, TrainingPageQuery } from './trainings.graphql';

type Training = NonNullable<PageData['training']>;

/** An organization of a region, chosen by name. */
export function OrganizationSelectField({
  regionCode,
  value,
  onChange,
  errors,
  label,
}: {
  regionCode: string | null;
  value: string;
  onChange: (id: string) => void;
  errors?: FieldError[];
  label: string;
}) {
  const { t } = useI18n();
  const { data } = useQuery(OrganizationOptionsQuery, { variables: { filter: regionCode ? { regionCode } : {} }, skip: !regionCode });
  return (
    <FormField label={label} errors={errors} name="organizationId">
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">{t('common.choose')}</option>
          {data?.organizations.edges.map(({ node }) => (
            <option key={node.id} value={node.id}>
              {node.name}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

const registerSchema = z.object({
  organizationId: z.string().min(1, 'REQUIRED'),
  participants: z
    .string()
    .trim()
    .regex(/^\d*$/, 'NOT_AN_INTEGER')
    .transform((count) => Number(count) || 1),
});

/** Registers an organization of the training's region; a full training puts it on the waiting list. */
export function TrainingRegisterForm({ training }: { training: Training }) {
  const { t } = useI18n();
  const { form, fieldErrors, errors, failure, submitting, submit, setField } = useSchemaForm(registerSchema, { defaultValues: { organizationId: '', participants: '1' } });
  const [result, setResult] = useState<string | null>(null);
  const [registerOrganization] = useMutation(RegisterForTrainingMutation, {
    refetchQueries: [{ query: TrainingPageQuery, variables: { id: training.id } }],
    awaitRefetchQueries: true,
  });

  const onSubmit = submit(async (registration) => {
    setResult(null);
    const { data } = await registerOrganization({ variables: { input: { trainingId: training.id, ...registration } } });
    const place = data?.registerForTraining;
    if (place) setResult(place.status === 'WAITLISTED' ? t('training.register.waitlisted', { position: place.waitlistPosition ?? '—' }) : t('training.register.registered'));
    form.reset({ ...form.getValues(), organizationId: '' });
  });

  return (
    <form className="form card" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="register-form">
      <h2>{t('training.register.title')}</h2>
      <FormFailure error={failure} fieldsMessage={t('common.correctFields')} />
      {result && (
        <p className="status status-success" role="status">
          {result}
        </p>
      )}
      <OrganizationSelectField
        label={t('request.organization')}
        regionCode={training.region?.code ?? null}
        value={form.watch('organizationId')}
        onChange={(id) => setField('organizationId', id)}
        errors={errors['organizationId']}
      />
      <FormField label={t('training.participants')} errors={errors['participants']} name="participants">
        {(control) => <input {...control} {...form.register('participants')} type="number" min={1} max={100} />}
      </FormField>
      <OtherFieldErrors errors={fieldErrors} knownFields={['organizationId', 'participants']} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={submitting}>
          {t('training.register.submit')}
        </button>
      </div>
    </form>
  );
}
