import { useMutation } from '@apollo/client/react';
import { NEED_LIMITS } from '@birge/shared-reference';
import { z } from 'zod';
import type { NeedStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { FormActions } from '../../ui/form-actions';
import { FormField, OtherFieldErrors } from '../../ui/form-field';
import { FormFailure } from '../../ui/form-failure';
import { requiredText, useSchemaForm } from '../../ui/schema-form';
import { ChangeNeedStatusMutation, CommentOnNeedMutation } from './needs.graphql';

const statusSchema = z.object({ comment: requiredText(NEED_LIMITS.commentMaxLength) });
const commentSchema = z.object({ text: requiredText(NEED_LIMITS.commentMaxLength) });

/** Moves an entry to one of its allowed statuses; the comment (why) is kept in its history. */
export function NeedStatusForm({
  needId,
  version,
  status,
  onDone,
  onCancel,
  onReload,
}: {
  needId: string;
  version: number;
  status: NeedStatus;
  onDone: () => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const { t } = useI18n();
  const { form, fieldErrors, errors, failure, submitting, submit } = useSchemaForm(statusSchema, { defaultValues: { comment: '' } });
  const [change] = useMutation(ChangeNeedStatusMutation);

  const onSubmit = submit(async ({ comment }) => {
    await change({ variables: { input: { id: needId, version, status, comment } } });
    onDone();
  });

  return (
    <form className="form card inset" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="need-status-form">
      <h3>{t('need.moveTo', { status: t(`needStatus.${status}`) })}</h3>
      <FormFailure error={failure} fieldsMessage={t('common.correctFields')} onReload={onReload} />
      <FormField label={t('need.statusComment')} errors={errors['comment']} name="comment">
        {(control) => <textarea {...control} {...form.register('comment')} rows={3} />}
      </FormField>
      <OtherFieldErrors errors={fieldErrors.filter((error) => error.code !== 'INVALID_TRANSITION')} knownFields={['comment']} />
      <FormActions submitting={submitting} submitLabel={t('need.confirmMove')} onCancel={onCancel} />
    </form>
  );
}

/** Adds a message to an entry's thread. */
export function NeedCommentForm({ needId }: { needId: string }) {
  const { t } = useI18n();
  const { form, fieldErrors, errors, failure, submitting, submit } = useSchemaForm(commentSchema, { defaultValues: { text: '' } });
  const [comment] = useMutation(CommentOnNeedMutation);

  const onSubmit = submit(async ({ text }) => {
    await comment({ variables: { input: { id: needId, text } } });
    form.reset({ text: '' });
  });

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="need-comment-form">
      <FormFailure error={failure} fieldsMessage={t('common.correctFields')} />
      <FormField label={t('need.comment')} errors={errors['text']} name="text">
        {(control) => <textarea {...control} {...form.register('text')} rows={3} />}
      </FormField>
      <OtherFieldErrors errors={fieldErrors} knownFields={['text']} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={submitting}>
          {submitting ? t('common.saving') : t('need.addComment')}
        </button>
      </div>
    </form>
  );
}
