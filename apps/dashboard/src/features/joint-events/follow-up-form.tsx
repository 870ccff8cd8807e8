import { useMutation, useQuery } from '@apollo/client/react';
import { z } from 'zod';
import { useI18n } from '../../i18n/i18n';
import { FormActions } from '../../ui/form-actions';
import { formControls } from '../../ui/form-controls';
import { FormField } from '../../ui/form-field';
import { FormFailure } from '../../ui/form-failure';
import { useSchemaForm } from '../../ui/schema-form';
import { AddJointEventFollowUpMutation, FollowUpOptionsQuery } from './joint-events.graphql';

/** A follow-up's checks before sending: what it is and which one; the note is optional. */
export const followUpSchema = z
  .object({
    kind: z.enum(['ASSISTANCE_REQUEST', 'NEED']),
    targetId: z.string().min(1, 'REQUIRED'),
    note: z.string().trim().max(2000, 'INVALID_LENGTH'),
  })
  .transform(({ note, ...input }) => ({ ...input, ...(note ? { note } : {}) }));

const EMPTY: z.input<typeof followUpSchema> = { kind: 'ASSISTANCE_REQUEST', targetId: '', note: '' };

/** Records what followed an event: one of the region's requests for help or needs of its register, with a note. */
export function FollowUpForm({ eventId, regionCode, onDone }: { eventId: string; regionCode: string; onDone: () => void }) {
  const { t } = useI18n();
  const { form, errors, failure, submitting, submit } = useSchemaForm(followUpSchema, { defaultValues: EMPTY });
  const kind = form.watch('kind');
  const options = useQuery(FollowUpOptionsQuery, { variables: { regionCode } });
  const [add] = useMutation(AddJointEventFollowUpMutation);
  const choices =
    kind === 'ASSISTANCE_REQUEST'
      ? (options.data?.assistanceRequests.edges ?? []).map(({ node }) => ({
          value: node.id,
          label: `${node.organization?.name ?? ''} — ${t(`assistanceSubtype.${node.subtype}`)} (${String(node.createdAt).slice(0, 10)})`,
        }))
      : (options.data?.needs.edges ?? []).map(({ node }) => ({ value: node.id, label: `${t(`needTheme.${node.theme}`)} (${node.firstNoticedOn})` }));

  const onSubmit = submit(async (input) => {
    await add({ variables: { input: { eventId, ...input } } });
    onDone();
  });
  const field = formControls(form.register, errors);

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="follow-up-form">
      <FormFailure error={failure} fieldsMessage={t('common.correctFields')} />
      <FormField label={t('events.followUp.kind')} errors={errors['kind']} name="kind">
        {(control) => (
          <select {...control} {...form.register('kind', { onChange: () => form.setValue('targetId', '') })}>
            <option value="ASSISTANCE_REQUEST">{t('events.followUp.request')}</option>
            <option value="NEED">{t('events.followUp.need')}</option>
          </select>
        )}
      </FormField>
      {field.select('targetId', t('events.followUp.which'), [{ value: '', label: t('common.choose') }, ...choices])}
      {field.input('note', t('events.followUp.note'))}
      <FormActions submitting={submitting} submitLabel={t('events.followUp.save')} onCancel={onDone} />
    </form>
  );
}
