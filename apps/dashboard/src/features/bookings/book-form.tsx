import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { z } from 'zod';
import type { BookableResourcesQuery as ResourcesData } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { FormField, OtherFieldErrors } from '../../ui/form-field';
import { FormFailure } from '../../ui/form-failure';
import { useSchemaForm } from '../../ui/schema-form';
import { localInstant } from '../trainings/schedule-training-form';
import { OrganizationSelectField } from '../trainings/training-register-form';
import { BookResourceMutation } from './bookings.graphql';

type Resource = ResourcesData['bookableResources'][number];

const bookingSchema = z
  .object({
    resourceId: z.string().min(1, 'REQUIRED'),
    organizationId: z.string().min(1, 'REQUIRED'),
    startsAt: localInstant,
    endsAt: localInstant,
    purpose: z.string().trim(),
  })
  .transform(({ purpose, ...booking }) => ({ ...booking, ...(purpose ? { purpose } : {}) }));

/** Books one of the region's rooms or pieces of equipment for an organization, for a time. */
export function BookForm({ regionCode, resources }: { regionCode: string; resources: Resource[] }) {
  const { t } = useI18n();
  const { form, fieldErrors, errors, failure, submitting, submit, setField } = useSchemaForm(bookingSchema, {
    defaultValues: { resourceId: '', organizationId: '', startsAt: '', endsAt: '', purpose: '' },
  });
  const { register } = form;
  const [booked, setBooked] = useState(false);
  const [book] = useMutation(BookResourceMutation, { refetchQueries: ['Bookings'], awaitRefetchQueries: true });

  const onSubmit = submit(async (input) => {
    setBooked(false);
    await book({ variables: { input } });
    setBooked(true);
  });

  return (
    <form className="form card" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="booking-form">
      <h2>{t('bookings.book.title')}</h2>
      <FormFailure error={failure} fieldsMessage={t('common.correctFields')} />
      {booked && (
        <p className="status status-success" role="status">
          {t('bookings.book.done')}
        </p>
      )}
      <FormField label={t('bookings.resource')} errors={errors['resourceId']} name="resourceId">
        {(control) => (
          <select {...control} {...register('resourceId')}>
            <option value="">{t('common.choose')}</option>
            {resources
              .filter((resource) => resource.active)
              .map((resource) => (
                <option key={resource.id} value={resource.id}>
                  {resource.name}
                </option>
              ))}
          </select>
        )}
      </FormField>
      <OrganizationSelectField
        label={t('request.organization')}
        regionCode={regionCode}
        value={form.watch('organizationId')}
        onChange={(id) => setField('organizationId', id)}
        errors={errors['organizationId']}
      />
      <div className="form-row">
        <FormField label={t('bookings.startsAt')} errors={errors['startsAt']} name="startsAt">
          {(control) => <input {...control} {...register('startsAt')} type="datetime-local" />}
        </FormField>
        <FormField label={t('bookings.endsAt')} errors={errors['endsAt']} name="endsAt">
          {(control) => <input {...control} {...register('endsAt')} type="datetime-local" />}
        </FormField>
      </div>
      <FormField label={t('bookings.purpose')} errors={errors['purpose']} name="purpose">
        {(control) => <input {...control} {...register('purpose')} type="text" />}
      </FormField>
      <OtherFieldErrors errors={fieldErrors} knownFields={['resourceId', 'organizationId', 'startsAt', 'endsAt', 'purpose']} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={submitting}>
          {submitting ? t('common.saving') : t('bookings.book.submit')}
        </button>
      </div>
    </form>
  );
}
