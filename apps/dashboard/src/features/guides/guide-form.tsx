import { useMutation } from '@apollo/client/react';
import { AssistanceSubtype, Direction } from '@birge/shared-reference';
import { useState } from 'react';
import { z } from 'zod';
import { useI18n } from '../../i18n/i18n';
import { FormCard } from '../../ui/form-card';
import { FormField, OtherFieldErrors } from '../../ui/form-field';
import { requiredText, useSchemaForm } from '../../ui/schema-form';
import { readAsBase64 } from '../organization/evidence-files';
import { GUIDE_FILE_ACCEPT, GUIDE_FILE_FIELDS, mimeTypeOf } from './guide-file';
import { CreateGuideMutation } from './guides.graphql';

const FIELDS = ['title', 'language', 'description', 'subtypes', 'directions', 'file', 'note'] as const;
export const GUIDE_LANGUAGES = ['KK', 'RU'] as const;

/** A new guide's checks before sending: a title, its language and the first version's file. */
export const guideSchema = z.object({
  title: requiredText(300),
  language: z.enum(GUIDE_LANGUAGES),
  description: z.string().trim().max(2000, 'TOO_LONG'),
  subtypes: z.array(z.enum(AssistanceSubtype)),
  directions: z.array(z.enum(Direction)),
  file: z.custom<File>((value) => value instanceof Blob, 'REQUIRED'),
  note: z.string().trim().max(500, 'TOO_LONG'),
});

type GuideInput = z.input<typeof guideSchema>;
const EMPTY: GuideInput = { title: '', language: 'KK', description: '', subtypes: [], directions: [], file: null as unknown as File, note: '' };

/** Uploads a guide to the library, kept by the writer's office (a region's staff: their region's). */
export function GuideForm() {
  const { t } = useI18n();
  const [done, setDone] = useState(false);
  const [fileKey, setFileKey] = useState(0);
  const { form, fieldErrors, errors, failure, submitting, submit, setField } = useSchemaForm(guideSchema, { defaultValues: EMPTY, serverFields: GUIDE_FILE_FIELDS });
  const { register } = form;
  // The file is kept by the form (set from the picker), so the schema checks it with the other fields.
  register('file');
  const [create] = useMutation(CreateGuideMutation, { refetchQueries: ['Guides'] });

  const onSubmit = submit(async ({ file, note, description, ...input }) => {
    setDone(false);
    const contentBase64 = await readAsBase64(file);
    await create({
      variables: {
        input: { ...input, ...(description ? { description } : {}), file: { fileName: file.name, mimeType: mimeTypeOf(file), contentBase64, ...(note ? { note } : {}) } },
      },
    });
    form.reset(EMPTY);
    setFileKey((key) => key + 1);
    setDone(true);
  });

  return (
    <FormCard testId="guide-form" title={t('guides.form.title')} onSubmit={onSubmit} failure={failure} fieldsMessage={t('common.correctFields')} submitting={submitting} submitLabel={t('guides.form.submit')}>
      {done && (
        <p className="status status-success" role="status">
          {t('guides.form.done')}
        </p>
      )}
      <FormField label={t('guides.form.titleLabel')} errors={errors['title']} name="title">
        {(control) => <input {...control} {...register('title')} />}
      </FormField>
      <FormField label={t('guides.filter.language')} errors={errors['language']} name="language">
        {(control) => (
          <select {...control} {...register('language')}>
            {GUIDE_LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {t(`guides.language.${code}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('guides.form.description')} errors={errors['description']} name="description">
        {(control) => <textarea {...control} {...register('description')} rows={2} />}
      </FormField>
      <FormField label={t('guides.filter.subtype')} errors={errors['subtypes']} name="subtypes">
        {(control) => (
          <select {...control} {...register('subtypes')} multiple size={4}>
            {Object.values(AssistanceSubtype).map((code) => (
              <option key={code} value={code}>
                {t(`assistanceSubtype.${code}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('guides.filter.direction')} errors={errors['directions']} name="directions">
        {(control) => (
          <select {...control} {...register('directions')} multiple size={4}>
            {Object.values(Direction).map((code) => (
              <option key={code} value={code}>
                {t(`direction.${code}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('guides.form.file')} errors={errors['file']} name="file">
        {(control) => (
          <input key={fileKey} {...control} type="file" accept={GUIDE_FILE_ACCEPT} onChange={(event) => setField('file', event.target.files?.[0] as File)} />
        )}
      </FormField>
      <FormField label={t('guides.form.note')} errors={errors['note']} name="note">
        {(control) => <input {...control} {...register('note')} />}
      </FormField>
      <OtherFieldErrors errors={fieldErrors} knownFields={[...FIELDS]} />
    </FormCard>
  );
}
