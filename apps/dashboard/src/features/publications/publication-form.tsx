import { useMutation } from '@apollo/client/react';
import { Direction } from '@birge/shared-reference';
import { z } from 'zod';
import { regionOf, useViewer } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { FormCard } from '../../ui/form-card';
import { formControls } from '../../ui/form-controls';
import { useSchemaForm } from '../../ui/schema-form';
import { useAddForm } from '../../ui/use-add-form';
import { directionChoices } from '../reference/reference-choices';
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
  const i18n = useI18n();
  const { t } = i18n;
  const ownRegion = regionOf(useViewer());
  const empty: Values = { regionCode: ownRegion ?? '', outlet: '', title: '', publishedOn: '', link: '', reach: '', directions: [] };
  const schemaForm = useSchemaForm(publicationSchema, { defaultValues: empty });
  const { form, errors, setField } = schemaForm;
  const [create] = useMutation(CreatePublicationMutation, { refetchQueries: ['Publications'] });
  const { done, onSubmit } = useAddForm(schemaForm, empty, (input) => create({ variables: { input } }));
  const field = formControls(form.register, errors);

  return (
    <FormCard testId="publication-form" messages="publications.form" form={schemaForm} onSubmit={onSubmit} done={done} knownFields={FIELDS}>
      <RegionSelectField
        label={t('board.filter.region')}
        value={form.watch('regionCode')}
        onChange={(code) => setField('regionCode', code)}
        onlyRegion={ownRegion}
        errors={errors['regionCode']}
      />
      {field.input('outlet', t('publications.form.outlet'))}
      {field.input('title', t('publications.form.headline'))}
      <div className="form-row">
        {field.input('publishedOn', t('publications.form.publishedOn'), { type: 'date' })}
        {field.input('reach', t('publications.form.reach'), { type: 'number' })}
      </div>
      {field.input('link', t('publications.form.link'), { type: 'url' })}
      {field.select('directions', t('programmes.filter.direction'), directionChoices(i18n), { multiple: true })}
    </FormCard>
  );
}
