import { useMutation } from '@apollo/client/react';
import { Direction } from '@birge/shared-reference';
import { useState } from 'react';
import { z } from 'zod';
import { useI18n } from '../../i18n/i18n';
import { FormCard } from '../../ui/form-card';
import { FormField, OtherFieldErrors } from '../../ui/form-field';
import { useSchemaForm } from '../../ui/schema-form';
import { CreateGrantProgrammeMutation } from './programmes.graphql';

const FIELDS = ['title.kk', 'title.ru', 'title.en', 'funder.name', 'opensOn', 'closesOn', 'amountMax', 'link', 'directions'] as const;

const required = z.string().trim().min(1, 'REQUIRED');

/** A programme's checks before sending: the title in every language, the funder and the dates. */
export const programmeSchema = z
  .object({
    title: z.object({ kk: required, ru: required, en: required }),
    funder: z.object({ name: required }),
    opensOn: required,
    closesOn: required,
    amountMax: z.string().trim().regex(/^\d*$/, 'NOT_AN_INTEGER'),
    link: z.string().trim(),
    directions: z.array(z.enum(Direction)),
  })
  .transform(({ funder, amountMax, link, ...input }) => ({
    ...input,
    funder: { kind: 'OTHER' as const, name: funder.name },
    ...(amountMax ? { amountMax: Number(amountMax) } : {}),
    ...(link ? { link } : {}),
  }));

const EMPTY: z.input<typeof programmeSchema> = { title: { kk: '', ru: '', en: '' }, funder: { name: '' }, opensOn: '', closesOn: '', amountMax: '', link: '', directions: [] };

/** Adds a programme to the catalog: kept by the writer's office (a region's staff: their region's). */
export function ProgrammeForm() {
  const { t } = useI18n();
  const [done, setDone] = useState(false);
  const { form, fieldErrors, errors, failure, submitting, submit } = useSchemaForm(programmeSchema, { defaultValues: EMPTY });
  const { register } = form;
  const [create] = useMutation(CreateGrantProgrammeMutation, { refetchQueries: ['GrantProgrammes'] });

  const onSubmit = submit(async (input) => {
    setDone(false);
    await create({ variables: { input } });
    form.reset(EMPTY);
    setDone(true);
  });

  const text = (field: Exclude<(typeof FIELDS)[number], 'directions'>, label: string, type = 'text') => (
    <FormField label={label} errors={errors[field]} name={field}>
      {(control) => <input {...control} {...register(field)} type={type} />}
    </FormField>
  );

  return (
    <FormCard testId="programme-form" title={t('programmes.form.title')} onSubmit={onSubmit} failure={failure} fieldsMessage={t('common.correctFields')} submitting={submitting} submitLabel={t('programmes.form.submit')}>
      {done && (
        <p className="status status-success" role="status">
          {t('programmes.form.done')}
        </p>
      )}
      {text('title.kk', t('programmes.form.titleKk'))}
      {text('title.ru', t('programmes.form.titleRu'))}
      {text('title.en', t('programmes.form.titleEn'))}
      {text('funder.name', t('programmes.form.funder'))}
      <div className="form-row">
        {text('opensOn', t('programmes.form.opensOn'), 'date')}
        {text('closesOn', t('programmes.form.closesOn'), 'date')}
      </div>
      {text('amountMax', t('programmes.form.amountMax'), 'number')}
      {text('link', t('programmes.form.link'), 'url')}
      <FormField label={t('programmes.filter.direction')} errors={errors['directions']} name="directions">
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
      <OtherFieldErrors errors={fieldErrors} knownFields={[...FIELDS]} />
    </FormCard>
  );
}
