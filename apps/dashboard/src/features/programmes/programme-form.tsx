import { useMutation } from '@apollo/client/react';
import { Direction } from '@birge/shared-reference';
import { z } from 'zod';
import { useI18n } from '../../i18n/i18n';
import { FormCard } from '../../ui/form-card';
import { formControls } from '../../ui/form-controls';
import { useSchemaForm } from '../../ui/schema-form';
import { useAddForm } from '../../ui/use-add-form';
import { directionChoices } from '../reference/reference-choices';
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
  const i18n = useI18n();
  const { t } = i18n;
  const schemaForm = useSchemaForm(programmeSchema, { defaultValues: EMPTY });
  const { form, errors } = schemaForm;
  const [create] = useMutation(CreateGrantProgrammeMutation, { refetchQueries: ['GrantProgrammes'] });
  const { done, onSubmit } = useAddForm(schemaForm, EMPTY, (input) => create({ variables: { input } }));
  const field = formControls(form.register, errors);

  return (
    <FormCard testId="programme-form" messages="programmes.form" form={schemaForm} onSubmit={onSubmit} done={done} knownFields={FIELDS}>
      {field.input('title.kk', t('programmes.form.titleKk'))}
      {field.input('title.ru', t('programmes.form.titleRu'))}
      {field.input('title.en', t('programmes.form.titleEn'))}
      {field.input('funder.name', t('programmes.form.funder'))}
      <div className="form-row">
        {field.input('opensOn', t('programmes.form.opensOn'), { type: 'date' })}
        {field.input('closesOn', t('programmes.form.closesOn'), { type: 'date' })}
      </div>
      {field.input('amountMax', t('programmes.form.amountMax'), { type: 'number' })}
      {field.input('link', t('programmes.form.link'), { type: 'url' })}
      {field.select('directions', t('programmes.filter.direction'), directionChoices(i18n), { multiple: true })}
    </FormCard>
  );
}
