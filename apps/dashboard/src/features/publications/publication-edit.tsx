import { useMutation } from '@apollo/client/react';
import { Direction } from '@birge/shared-reference';
import { z } from 'zod';
import { useI18n } from '../../i18n/i18n';
import { FormActions } from '../../ui/form-actions';
import { formControls } from '../../ui/form-controls';
import { FormFailure } from '../../ui/form-failure';
import { useSchemaForm } from '../../ui/schema-form';
import { directionChoices } from '../reference/reference-choices';
import { UpdatePublicationMutation } from './publications.graphql';

/** What staff complete on a publication, typically one made from a request: the outlet's name, how many it reached, the directions it was about. */
export const publicationEditSchema = z
  .object({
    outlet: z.string().trim().min(2, 'INVALID_LENGTH'),
    reach: z.string().trim().regex(/^\d*$/, 'NOT_AN_INTEGER'),
    directions: z.array(z.enum(Direction)),
  })
  .transform(({ outlet, reach, directions }) => ({ outlet, reach: reach ? Number(reach) : null, directions }));

/** Changes a publication's outlet, reach and directions in place, with its version. */
export function PublicationEdit({
  publication,
  onDone,
}: {
  publication: { id: string; version: number; outlet: string; reach: number | null; directions: readonly string[] };
  onDone: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { form, errors, failure, submitting, submit } = useSchemaForm(publicationEditSchema, {
    defaultValues: {
      outlet: publication.outlet,
      reach: publication.reach === null ? '' : String(publication.reach),
      directions: publication.directions.filter((code): code is Direction => code in Direction),
    },
  });
  const [update] = useMutation(UpdatePublicationMutation);
  const onSubmit = submit(async (values) => {
    await update({ variables: { input: { id: publication.id, version: publication.version, ...values } } });
    onDone();
  });
  const field = formControls(form.register, errors);
  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="publication-edit">
      <FormFailure error={failure} fieldsMessage={t('common.correctFields')} />
      <div className="form-row">
        {field.input('outlet', t('publications.form.outlet'))}
        {field.input('reach', t('publications.form.reach'), { type: 'number', min: 0 })}
      </div>
      {field.select('directions', t('programmes.filter.direction'), directionChoices(i18n), { multiple: true })}
      <FormActions submitting={submitting} submitLabel={t('publications.save')} onCancel={onDone} />
    </form>
  );
}
