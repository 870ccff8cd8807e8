import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { z } from 'zod';
import { useI18n } from '../../i18n/i18n';
import { FormFailure } from '../../ui/form-failure';
import { FormField } from '../../ui/form-field';
import { useSchemaForm } from '../../ui/schema-form';
import { readAsBase64 } from '../organization/evidence-files';
import { GUIDE_FILE_ACCEPT, GUIDE_FILE_FIELDS, mimeTypeOf } from './guide-file';
import { AddGuideVersionMutation } from './guides.graphql';

const versionSchema = z.object({
  file: z.custom<File>((value) => value instanceof Blob, 'REQUIRED'),
  note: z.string().trim().max(500, 'TOO_LONG'),
});

/** Adds a new version of a guide's file; it becomes the latest and the older ones stay listed. */
export function GuideVersionForm({ guideId, version, onReload }: { guideId: string; version: number; onReload: () => void }) {
  const { t } = useI18n();
  const [fileKey, setFileKey] = useState(0);
  const { form, errors, failure, submitting, submit, setField } = useSchemaForm(versionSchema, {
    defaultValues: { file: null as unknown as File, note: '' },
    serverFields: GUIDE_FILE_FIELDS,
  });
  const [add] = useMutation(AddGuideVersionMutation);
  form.register('file');

  const onSubmit = submit(async ({ file, note }) => {
    const contentBase64 = await readAsBase64(file);
    await add({ variables: { input: { guideId, version, file: { fileName: file.name, mimeType: mimeTypeOf(file), contentBase64, ...(note ? { note } : {}) } } } });
    form.reset({ file: null as unknown as File, note: '' });
    setFileKey((key) => key + 1);
  });

  return (
    <form className="form inline-form" onSubmit={(event) => void onSubmit(event)} noValidate data-testid={`guide-version-form-${guideId}`}>
      <FormFailure error={failure} fieldsMessage={t('common.correctFields')} onReload={onReload} />
      <FormField label={t('guides.version.file')} errors={errors['file']} name={`version-file-${guideId}`}>
        {(control) => <input key={fileKey} {...control} type="file" accept={GUIDE_FILE_ACCEPT} onChange={(event) => setField('file', event.target.files?.[0] as File)} />}
      </FormField>
      <FormField label={t('guides.form.note')} errors={errors['note']} name={`version-note-${guideId}`}>
        {(control) => <input {...control} {...form.register('note')} />}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button" disabled={submitting}>
          {t('guides.version.submit')}
        </button>
      </div>
    </form>
  );
}
