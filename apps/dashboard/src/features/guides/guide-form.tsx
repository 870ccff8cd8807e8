import { useMutation } from '@apollo/client/react';
import { AssistanceSubtype, Direction } from '@birge/shared-reference';
import { useState } from 'react';
import { z } from 'zod';
import { useI18n } from '../../i18n/i18n';
import { FormCard } from '../../ui/form-card';
import { formControls } from '../../ui/form-controls';
import { FormField } from '../../ui/form-field';
import { requiredText, useSchemaForm } from '../../ui/schema-form';
import { useAddForm } from '../../ui/use-add-form';
import { directionChoices, subtypeChoices } from '../reference/reference-choices';
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
  const i18n = useI18n();
  const { t } = i18n;
  const [fileKey, setFileKey] = useState(0);
  const schemaForm = useSchemaForm(guideSchema, { defaultValues: EMPTY, serverFields: GUIDE_FILE_FIELDS });
  const { form, errors, setField } = schemaForm;
  // The file is kept by the form (set from the picker), so the schema checks it with the other fields.
  form.register('file');
  const [create] = useMutation(CreateGuideMutation, { refetchQueries: ['Guides'] });
  const { done, onSubmit } = useAddForm(schemaForm, EMPTY, async ({ file, note, description, ...input }) => {
    const contentBase64 = await readAsBase64(file);
    await create({
      variables: {
        input: { ...input, ...(description ? { description } : {}), file: { fileName: file.name, mimeType: mimeTypeOf(file), contentBase64, ...(note ? { note } : {}) } },
      },
    });
    setFileKey((key) => key + 1);
  });
  const field = formControls(form.register, errors);

  return (
    <FormCard testId="guide-form" messages="guides.form" form={schemaForm} onSubmit={onSubmit} done={done} knownFields={FIELDS}>
      {field.input('title', t('guides.form.titleLabel'))}
      {field.select(
        'language',
        t('guides.filter.language'),
        GUIDE_LANGUAGES.map((code) => ({ value: code, label: t(`guides.language.${code}`) })),
      )}
      {field.textarea('description', t('guides.form.description'), 2)}
      {field.select('subtypes', t('guides.filter.subtype'), subtypeChoices(i18n), { multiple: true })}
      {field.select('directions', t('guides.filter.direction'), directionChoices(i18n), { multiple: true })}
      <FormField label={t('guides.form.file')} errors={errors['file']} name="file">
        {(control) => <input key={fileKey} {...control} type="file" accept={GUIDE_FILE_ACCEPT} onChange={(event) => setField('file', event.target.files?.[0] as File)} />}
      </FormField>
      {field.input('note', t('guides.form.note'))}
    </FormCard>
  );
}
