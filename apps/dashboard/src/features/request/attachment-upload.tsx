import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { z } from 'zod';
import { useI18n } from '../../i18n/i18n';
import { FormField } from '../../ui/form-field';
import { FormFailure } from '../../ui/form-failure';
import { useSchemaForm } from '../../ui/schema-form';
import { readAsBase64 } from '../organization/evidence-files';
import { AddAssistanceRequestAttachmentMutation } from './request.graphql';

const attachmentSchema = z.object({ file: z.custom<File>((value) => value instanceof Blob, 'REQUIRED') });

/** What the server says of the file's content, name or type belongs under the file control. */
const SERVER_FIELDS = { contentBase64: 'file', fileName: 'file', mimeType: 'file' };

/** Adds a file to a request. */
export function AttachmentUpload({ requestId, version, onReload }: { requestId: string; version: number; onReload: () => void }) {
  const { t } = useI18n();
  const [fileKey, setFileKey] = useState(0);
  const { form, errors, failure, submitting, submit, setField } = useSchemaForm(attachmentSchema, {
    defaultValues: { file: null as unknown as File },
    serverFields: SERVER_FIELDS,
  });
  const [attach] = useMutation(AddAssistanceRequestAttachmentMutation);
  form.register('file');

  const onSubmit = submit(async ({ file }) => {
    const contentBase64 = await readAsBase64(file);
    await attach({ variables: { input: { requestId, version, fileName: file.name, mimeType: file.type || 'application/octet-stream', contentBase64 } } });
    form.reset({ file: null as unknown as File });
    setFileKey((key) => key + 1);
  });

  return (
    <form className="form inline-form" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="attachment-form">
      <FormFailure error={failure} fieldsMessage={t('common.correctFields')} onReload={onReload} />
      <FormField label={t('request.attachments.file')} errors={errors['file']} name="file">
        {(control) => (
          <input key={fileKey} {...control} type="file" accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.txt" onChange={(event) => setField('file', event.target.files?.[0] as File)} />
        )}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button" disabled={submitting}>
          {t('request.attachments.upload')}
        </button>
      </div>
    </form>
  );
}
