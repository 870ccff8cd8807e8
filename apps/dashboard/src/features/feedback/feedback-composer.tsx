import { useMutation } from '@apollo/client/react';
import { FEEDBACK_LIMITS } from '@birge/shared-reference';
import { useState } from 'react';
import { z } from 'zod';
import { useI18n } from '../../i18n/i18n';
import { FormField, OtherFieldErrors } from '../../ui/form-field';
import { FormFailure } from '../../ui/form-failure';
import { requiredText, useSchemaForm } from '../../ui/schema-form';
import { PostFeedbackMutation } from './feedback.graphql';
import { fileToBase64 } from './file-content';

/** The files a message may carry, as the API takes them. */
export async function attachmentsOf(files: File[]): Promise<{ fileName: string; mimeType: string; contentBase64: string }[]> {
  return Promise.all(files.map(async (file) => ({ fileName: file.name, mimeType: file.type || 'application/octet-stream', contentBase64: await fileToBase64(file) })));
}

/** Files chosen in a form, at most as many as a message takes. */
export function FilePicker({ onChange, label }: { onChange: (files: File[]) => void; label: string }) {
  const { t } = useI18n();
  return (
    <FormField label={label} name="attachments">
      {(control) => (
        <>
          <input
            {...control}
            type="file"
            multiple
            accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.txt"
            onChange={(event) => onChange([...(event.target.files ?? [])].slice(0, FEEDBACK_LIMITS.attachmentsPerMessage))}
          />
          <p className="muted small">{t('feedback.filesHint', { count: FEEDBACK_LIMITS.attachmentsPerMessage })}</p>
        </>
      )}
    </FormField>
  );
}

const messageSchema = z.object({ text: requiredText(FEEDBACK_LIMITS.messageMaxLength) });

/** Writes a message, with files, to an open thread. */
export function FeedbackComposer({ threadId, onPosted }: { threadId: string; onPosted: () => void }) {
  const { t } = useI18n();
  const [files, setFiles] = useState<File[]>([]);
  const [formKey, setFormKey] = useState(0);
  const { form, fieldErrors, errors, failure, submitting, submit } = useSchemaForm(messageSchema, { defaultValues: { text: '' } });
  const [post] = useMutation(PostFeedbackMutation);

  const onSubmit = submit(async ({ text }) => {
    await post({ variables: { input: { threadId, text, attachments: await attachmentsOf(files) } } });
    form.reset({ text: '' });
    setFiles([]);
    setFormKey((key) => key + 1);
    onPosted();
  });

  return (
    <form key={formKey} className="form card" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="feedback-composer">
      <h2>{t('feedback.reply')}</h2>
      <FormFailure error={failure} fieldsMessage={t('common.correctFields')} />
      <FormField label={t('feedback.message')} errors={errors['text']} name="text">
        {(control) => <textarea {...control} {...form.register('text')} rows={4} />}
      </FormField>
      <FilePicker onChange={setFiles} label={t('feedback.files')} />
      <OtherFieldErrors errors={fieldErrors} knownFields={['text']} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={submitting}>
          {submitting ? t('common.saving') : t('feedback.send')}
        </button>
      </div>
    </form>
  );
}
