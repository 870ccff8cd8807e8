import { useMutation } from '@apollo/client/react';
import { z } from 'zod';
import { useI18n } from '../../i18n/i18n';
import { FormField } from '../../ui/form-field';
import { FormFailure } from '../../ui/form-failure';
import { useSchemaForm } from '../../ui/schema-form';
import type { StaffOption } from '../reference/use-staff-names';
import { AssignAssistanceRequestMutation } from './request.graphql';

/** The staff member responsible (empty: nobody). */
const assignSchema = z.object({ assigneeId: z.string().transform((id) => id || null) });

/** Who is responsible for a request: chosen from the region's staff, or oneself in one click. */
export function AssignForm({
  requestId,
  version,
  assigneeId,
  options,
  myId,
  onReload,
}: {
  requestId: string;
  version: number;
  assigneeId: string | null;
  options: StaffOption[];
  myId: string | null;
  onReload: () => void;
}) {
  const { t } = useI18n();
  const { form, errors, failure, submitting, submit } = useSchemaForm(assignSchema, { defaultValues: { assigneeId: assigneeId ?? '' } });
  const [assign] = useMutation(AssignAssistanceRequestMutation);
  const save = (next: string | null) => assign({ variables: { input: { id: requestId, version, assigneeId: next } } }).then(() => undefined);

  const onSubmit = submit((values) => save(values.assigneeId));
  const assignToMe = submit(() => save(myId));
  const choice = form.watch('assigneeId');

  const choices = options.some((option) => option.id === assigneeId) || !assigneeId ? options : [...options, { id: assigneeId, name: assigneeId, regionCode: null }];
  return (
    <form className="form inline-form" data-testid="assign-form" onSubmit={(event) => void onSubmit(event)}>
      <FormFailure error={failure} fieldsMessage={t('common.correctFields')} onReload={onReload} />
      <FormField label={t('request.assignee')} errors={errors['assigneeId']} name="assigneeId">
        {(control) => (
          <select {...control} {...form.register('assigneeId')}>
            <option value="">{t('request.unassigned')}</option>
            {choices.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="form-actions">
        {myId && myId !== assigneeId && (
          <button type="button" className="button button-secondary" disabled={submitting} onClick={() => void assignToMe()}>
            {t('request.assignToMe')}
          </button>
        )}
        <button type="submit" className="button" disabled={submitting || choice === (assigneeId ?? '')}>
          {t('request.assign')}
        </button>
      </div>
    </form>
  );
}
