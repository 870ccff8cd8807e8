import { useMutation } from '@apollo/client/react';
import { Direction } from '@birge/shared-reference';
import { useState } from 'react';
import { z } from 'zod';
import { regionOf, useViewer } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { FormCard } from '../../ui/form-card';
import { FormField, OtherFieldErrors } from '../../ui/form-field';
import { useSchemaForm } from '../../ui/schema-form';
import { RegionSelectField } from '../reference/region-select';
import { CreatePublicationMutation } from './publications.graphql';

const FIELDS = ['regionCode', 'outlet', 'title', 'publishedOn', 'link', 'reach', 'directions'] as const;
const required = z.string().trim().min(1, 'REQUIRED');

/** A publication's checks before sending: the outlet and the day, a whole reach. */
export const publicationSchema = z
  .object({
    regionCode: required,
    outlet: required,
    title: z.string().trim(),
    publishedOn: required,
    link: z.string().trim(),
    reach: z.string().trim().regex(/^\d*$/, 'NOT_AN_INTEGER'),
    directions: z.array(z.enum(Direction)),
  })
  .transform(({ regionCode, title, link, reach, ...input }) => ({
    ...input,
    ...(regionCode ? { regionCode } : {}),
    ...(title ? { title } : {}),
    ...(link ? { link } : {}),
    ...(reach ? { reach: Number(reach) } : {}),
  }));

type Values = z.input<typeof publicationSchema>;

/** Adds a publication to the log of the writer's region (the republican office chooses the region). */
export function PublicationForm() {
  const { t } = useI18n();
  const viewer = useViewer();
  const ownRegion = regionOf(viewer);
  const empty: Values = { regionCode: ownRegion ?? '', outlet: '', title: '', publishedOn: '', link: '', reach: '', directions: [] };
  const [done, setDone] = useState(false);
  const { form, fieldErrors, errors, failure, submitting, submit, setField } = useSchemaForm(publicationSchema, { defaultValues: empty });
  const { register } = form;
  const [create] = useMutation(CreatePublicationMutation, { refetchQueries: ['Publications'] });

  const onSubmit = submit(async (input) => {
    setDone(false);
    await create({ variables: { input } });
    form.reset(empty);
    setDone(true);
  });

  const text = (field: 'outlet' | 'title' | 'publishedOn' | 'link' | 'reach', label: string, type = 'text') => (
    <FormField label={label} errors={errors[field]} name={field}>
      {(control) => <input {...control} {...register(field)} type={type} />}
    </FormField>
  );

  return (
    <FormCard testId="publication-form" title={t('publications.form.title')} onSubmit={onSubmit} failure={failure} fieldsMessage={t('common.correctFields')} submitting={submitting} submitLabel={t('publications.form.submit')}>
      {done && (
        <p className="status status-success" role="status">
          {t('publications.form.done')}
        </p>
      )}
      <RegionSelectField label={t('board.filter.region')} value={form.watch('regionCode')} onChange={(code) => setField('regionCode', code)} onlyRegion={ownRegion} errors={errors['regionCode']} />
      {text('outlet', t('publications.form.outlet'))}
      {text('title', t('publications.form.headline'))}
      <div className="form-row">
        {text('publishedOn', t('publications.form.publishedOn'), 'date')}
        {text('reach', t('publications.form.reach'), 'number')}
      </div>
      {text('link', t('publications.form.link'), 'url')}
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
