import { useMutation } from '@apollo/client/react';
import { z } from 'zod';
import { useI18n } from '../../i18n/i18n';
import { FormField, OtherFieldErrors } from '../../ui/form-field';
import { FormFailure } from '../../ui/form-failure';
import { useSchemaForm } from '../../ui/schema-form';
import { CommentOnAssistanceRequestMutation } from './request.graphql';

const commentSchema = z.object({ text: z.string().trim().min(1, 'REQUIRED') });

/** Adds a comment to a request's timeline. */
export function CommentForm({ requestId }: { requestId: string }) {
  const { t } = useI18n();
  const { form, fieldErrors, errors, failure, submitting, submit } = useSchemaForm(commentSchema, { defaultValues: { text: '' } });
  const [comment] = useMutation(CommentOnAssistanceRequestMutation);

  const onSubmit = submit(async ({ text }) => {
    await comment({ variables: { input: { id: requestId, text } } });
    form.reset({ text: '' });
  });

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="comment-form">
      <FormFailure error={failure} fieldsMessage={t('common.correctFields')} />
      <FormField label={t('request.comment')} errors={errors['text']} name="text">
        {(control) => <textarea {...control} {...form.register('text')} rows={2} />}
      </FormField>
      <OtherFieldErrors errors={fieldErrors} knownFields={['text']} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={submitting}>
          {t('request.addComment')}
        </button>
      </div>
    </form>
  );
}
