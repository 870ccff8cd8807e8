import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { z } from 'zod';
import type { AssistanceSubtype, AssistanceType } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { FormCard } from '../../ui/form-card';
import { FormField, OtherFieldErrors } from '../../ui/form-field';
import { useSchemaForm } from '../../ui/schema-form';
import { ASSISTANCE_TYPES, subtypesOf } from '../reference/catalog';
import { PortalSubmitRequestMutation } from './portal.graphql';
import type { PortalContext } from './portal-refusal';

const FIELDS = ['type', 'subtype', 'description'] as const;

/** A request's checks before sending, as the server makes them: what is needed, 5 to 4000 characters. */
export const portalRequestSchema = z.object({
  type: z.string().min(1, 'REQUIRED'),
  subtype: z.string().min(1, 'REQUIRED'),
  description: z.string().trim().min(1, 'REQUIRED').min(5, 'TOO_SHORT').max(4000, 'TOO_LONG'),
});

type Values = z.input<typeof portalRequestSchema>;

/** The contact asks the front office for help for their organization. */
export function PortalRequestForm({ context, onSent, onFailure }: { context: PortalContext; onSent: () => void; onFailure: (error: unknown) => void }) {
  const { t } = useI18n();
  const first = ASSISTANCE_TYPES[0];
  const empty: Values = { type: first, subtype: subtypesOf(first)[0], description: '' };
  const [done, setDone] = useState(false);
  const { form, fieldErrors, errors, failure, submitting, submit } = useSchemaForm(portalRequestSchema, { defaultValues: empty });
  const { register } = form;
  const type = form.watch('type') as AssistanceType;
  const [send] = useMutation(PortalSubmitRequestMutation, { context });

  const onSubmit = submit(async (values) => {
    setDone(false);
    try {
      await send({ variables: { input: { type: values.type as AssistanceType, subtype: values.subtype as AssistanceSubtype, description: values.description } } });
    } catch (error) {
      onFailure(error);
      throw error;
    }
    form.reset(empty);
    setDone(true);
    onSent();
  });

  return (
    <FormCard testId="portal-request-form" title={t('portal.ask.title')} onSubmit={onSubmit} failure={failure} fieldsMessage={t('common.correctFields')} submitting={submitting} submitLabel={t('portal.ask.submit')}>
      {done && (
        <p className="status status-success" role="status">
          {t('portal.ask.done')}
        </p>
      )}
      <FormField label={t('portal.ask.type')} errors={errors['type']} name="type">
        {(control) => (
          <select
            {...control}
            {...register('type', { onChange: (event: { target: { value: string } }) => form.setValue('subtype', subtypesOf(event.target.value as AssistanceType)[0]) })}
          >
            {ASSISTANCE_TYPES.map((value) => (
              <option key={value} value={value}>
                {t(`assistanceType.${value}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('portal.ask.subtype')} errors={errors['subtype']} name="subtype">
        {(control) => (
          <select {...control} {...register('subtype')}>
            {subtypesOf(type).map((value) => (
              <option key={value} value={value}>
                {t(`assistanceSubtype.${value}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('portal.ask.description')} errors={errors['description']} name="description">
        {(control) => <textarea {...control} {...register('description')} rows={4} />}
      </FormField>
      <OtherFieldErrors errors={fieldErrors} knownFields={[...FIELDS]} />
    </FormCard>
  );
}
