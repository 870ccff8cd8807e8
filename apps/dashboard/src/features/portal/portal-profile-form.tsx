import { useMutation } from '@apollo/client/react';
import { z } from 'zod';
import { useI18n } from '../../i18n/i18n';
import { FormCard } from '../../ui/form-card';
import { formControls } from '../../ui/form-controls';
import { useSchemaForm } from '../../ui/schema-form';
import { PortalProposeProfileMutation } from './portal.graphql';
import type { PortalContext } from './portal-refusal';
import { usePortalSubmit } from './use-portal-submit';

const FIELDS = ['description', 'volunteerCount'] as const;

/** A proposal's checks before sending, as the registry makes them: a description of 10 to 4000 characters, a whole count, at least one of them. */
export const portalProfileSchema = z
  .object({
    description: z
      .string()
      .trim()
      .refine((value) => value === '' || value.length >= 10, 'TOO_SHORT')
      .refine((value) => value.length <= 4000, 'TOO_LONG'),
    volunteerCount: z.string().trim().regex(/^\d*$/, 'NOT_AN_INTEGER'),
  })
  .superRefine((values, context) => {
    if (!values.description && !values.volunteerCount) context.addIssue({ code: 'custom', path: ['description'], message: 'NOTHING_PROPOSED' });
  })
  .transform(({ description, volunteerCount }) => ({ ...(description ? { description } : {}), ...(volunteerCount ? { volunteerCount: Number(volunteerCount) } : {}) }));

type Values = z.input<typeof portalProfileSchema>;

/** The contact proposes a new description or volunteer count; staff of the region accept or decline it. */
export function PortalProfileForm({ context, pending, onSent, onFailure }: { context: PortalContext; pending: number; onSent: () => void; onFailure: (error: unknown) => void }) {
  const { t } = useI18n();
  const empty: Values = { description: '', volunteerCount: '' };
  const schemaForm = useSchemaForm(portalProfileSchema, { defaultValues: empty });
  const { form, errors } = schemaForm;
  const [propose] = useMutation(PortalProposeProfileMutation, { context });
  const { done, onSubmit } = usePortalSubmit(schemaForm, empty, (input) => propose({ variables: { input } }), { onSent, onFailure });
  const field = formControls(form.register, errors);

  return (
    <FormCard testId="portal-profile-form" messages="portal.profile" form={schemaForm} onSubmit={onSubmit} done={done} knownFields={FIELDS}>
      {pending > 0 && <p data-testid="portal-pending-proposals">{t('portal.profile.pending', { count: pending })}</p>}
      {field.textarea('description', t('portal.profile.description'), 3)}
      {field.input('volunteerCount', t('portal.profile.volunteerCount'), { type: 'number', min: 0, inputMode: 'numeric' })}
    </FormCard>
  );
}
