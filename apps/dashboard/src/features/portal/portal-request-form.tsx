import { useMutation } from '@apollo/client/react';
import { z } from 'zod';
import type { AssistanceSubtype, AssistanceType } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { FormCard } from '../../ui/form-card';
import { formControls } from '../../ui/form-controls';
import { FormField } from '../../ui/form-field';
import { useSchemaForm } from '../../ui/schema-form';
import { ASSISTANCE_TYPES, subtypesOf } from '../reference/catalog';
import { PortalSubmitRequestMutation } from './portal.graphql';
import type { PortalContext } from './portal-refusal';
import { usePortalSubmit } from './use-portal-submit';

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
  const schemaForm = useSchemaForm(portalRequestSchema, { defaultValues: empty });
  const { form, errors } = schemaForm;
  const { register } = form;
  const type = form.watch('type') as AssistanceType;
  const [send] = useMutation(PortalSubmitRequestMutation, { context });
  const { done, onSubmit } = usePortalSubmit(
    schemaForm,
    empty,
    (values) => send({ variables: { input: { type: values.type as AssistanceType, subtype: values.subtype as AssistanceSubtype, description: values.description } } }),
    { onSent, onFailure },
  );
  const field = formControls(register, errors);

  return (
    <FormCard testId="portal-request-form" messages="portal.ask" form={schemaForm} onSubmit={onSubmit} done={done} knownFields={FIELDS}>
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
      {field.select(
        'subtype',
        t('portal.ask.subtype'),
        subtypesOf(type).map((value) => ({ value, label: t(`assistanceSubtype.${value}`) })),
      )}
      {field.textarea('description', t('portal.ask.description'), 4)}
    </FormCard>
  );
}
