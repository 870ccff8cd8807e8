import { useMutation } from '@apollo/client/react';
import { BookableResourceKind } from '@birge/shared-reference';
import { z } from 'zod';
import type { BookableResourceKind as Kind } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { FormField, OtherFieldErrors } from '../../ui/form-field';
import { FormFailure } from '../../ui/form-failure';
import { useSchemaForm } from '../../ui/schema-form';
import { AddBookableResourceMutation, BookableResourcesQuery } from './bookings.graphql';

const KINDS = Object.values(BookableResourceKind) as Kind[];

const resourceSchema = z.object({
  kind: z.custom<Kind>((value) => typeof value === 'string' && (KINDS as string[]).includes(value)),
  name: z.string().trim().min(1, 'REQUIRED'),
  /** Seats of a room; empty: not said. The server checks the number. */
  capacity: z.string().transform((seats) => (seats ? Number(seats) : undefined)),
  description: z
    .string()
    .trim()
    .transform((text) => text || undefined),
});

/** Adds a room or a piece of equipment the region's front office lends. */
export function AddResourceForm({ regionCode }: { regionCode: string }) {
  const { t } = useI18n();
  const { form, fieldErrors, errors, failure, submitting, submit } = useSchemaForm(resourceSchema, { defaultValues: { kind: 'ROOM', name: '', capacity: '', description: '' } });
  const { register } = form;
  const [add] = useMutation(AddBookableResourceMutation, { refetchQueries: [{ query: BookableResourcesQuery, variables: { regionCode } }], awaitRefetchQueries: true });
  const kind = form.watch('kind');

  const onSubmit = submit(async ({ capacity, description, ...resource }) => {
    await add({ variables: { input: { regionCode, ...resource, ...(capacity !== undefined ? { capacity } : {}), ...(description ? { description } : {}) } } });
    form.reset({ kind: resource.kind, name: '', capacity: '', description: '' });
  });

  return (
    <form className="form card" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="resource-form">
      <h2>{t('bookings.addResource.title')}</h2>
      <FormFailure error={failure} fieldsMessage={t('common.correctFields')} />
      <FormField label={t('bookings.kind')} errors={errors['kind']} name="kind">
        {(control) => (
          <select {...control} {...register('kind')}>
            {KINDS.map((value) => (
              <option key={value} value={value}>
                {t(`resourceKind.${value}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('bookings.resourceName')} errors={errors['name']} name="name">
        {(control) => <input {...control} {...register('name')} type="text" />}
      </FormField>
      {kind === 'ROOM' && (
        <FormField label={t('bookings.capacity')} errors={errors['capacity']} name="capacity">
          {(control) => <input {...control} {...register('capacity')} type="number" min={1} />}
        </FormField>
      )}
      <FormField label={t('trainings.description')} errors={errors['description']} name="description">
        {(control) => <input {...control} {...register('description')} type="text" />}
      </FormField>
      <OtherFieldErrors errors={fieldErrors} knownFields={['kind', 'name', 'capacity', 'description', 'regionCode']} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={submitting}>
          {t('bookings.addResource.submit')}
        </button>
      </div>
    </form>
  );
}
