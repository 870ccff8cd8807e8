import { useMutation } from '@apollo/client/react';
import { Direction } from '@birge/shared-reference';
import { useState, type FormEvent } from 'react';
import type { FieldError } from '../../errors/graphql-errors';
import type { Direction as DirectionCode } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { FormCard } from '../../ui/form-card';
import { useFormErrors } from '../../ui/form-errors';
import { FormField, OtherFieldErrors } from '../../ui/form-field';
import { CreateGrantProgrammeMutation } from './programmes.graphql';

const FIELDS = ['title.kk', 'title.ru', 'title.en', 'funder.name', 'opensOn', 'closesOn', 'amountMax', 'link', 'directions'] as const;
const EMPTY = { kk: '', ru: '', en: '', funder: '', opensOn: '', closesOn: '', amountMax: '', link: '', directions: [] as string[] };

/** Adds a programme to the catalog: kept by the writer's office (a region's staff: their region's). */
export function ProgrammeForm() {
  const { t } = useI18n();
  const [form, setForm] = useState(EMPTY);
  const [done, setDone] = useState(false);
  const { fieldErrors, errors, failure, setFieldErrors, setFailure, fail } = useFormErrors();
  const [create, { loading }] = useMutation(CreateGrantProgrammeMutation, { refetchQueries: ['GrantProgrammes'] });
  const set = (key: keyof typeof EMPTY) => (value: string) => setForm((previous) => ({ ...previous, [key]: value }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    setDone(false);
    const missing: FieldError[] = [];
    const values: Record<(typeof FIELDS)[number], string> = {
      'title.kk': form.kk, 'title.ru': form.ru, 'title.en': form.en, 'funder.name': form.funder, opensOn: form.opensOn, closesOn: form.closesOn, amountMax: form.amountMax, link: form.link, directions: '',
    };
    for (const field of ['title.kk', 'title.ru', 'title.en', 'funder.name', 'opensOn', 'closesOn'] as const) {
      if (!values[field].trim()) missing.push({ field, code: 'REQUIRED', message: 'is required' });
    }
    setFieldErrors(missing);
    if (missing.length > 0) return;
    try {
      await create({
        variables: {
          input: {
            title: { kk: form.kk.trim(), ru: form.ru.trim(), en: form.en.trim() },
            funder: { kind: 'OTHER', name: form.funder.trim() },
            opensOn: form.opensOn,
            closesOn: form.closesOn,
            directions: form.directions as DirectionCode[],
            ...(form.amountMax ? { amountMax: Number(form.amountMax) } : {}),
            ...(form.link.trim() ? { link: form.link.trim() } : {}),
          },
        },
      });
      setForm(EMPTY);
      setDone(true);
    } catch (error) {
      fail(error);
    }
  }

  const text = (field: (typeof FIELDS)[number], key: keyof typeof EMPTY, label: string, type = 'text') => (
    <FormField label={label} errors={errors[field]} name={field}>
      {(control) => <input {...control} type={type} value={form[key] as string} onChange={(event) => set(key)(event.target.value)} />}
    </FormField>
  );

  return (
    <FormCard testId="programme-form" title={t('programmes.form.title')} onSubmit={onSubmit} failure={failure} fieldsMessage={t('common.correctFields')} submitting={loading} submitLabel={t('programmes.form.submit')}>
      {done && (
        <p className="status status-success" role="status">
          {t('programmes.form.done')}
        </p>
      )}
      {text('title.kk', 'kk', t('programmes.form.titleKk'))}
      {text('title.ru', 'ru', t('programmes.form.titleRu'))}
      {text('title.en', 'en', t('programmes.form.titleEn'))}
      {text('funder.name', 'funder', t('programmes.form.funder'))}
      <div className="form-row">
        {text('opensOn', 'opensOn', t('programmes.form.opensOn'), 'date')}
        {text('closesOn', 'closesOn', t('programmes.form.closesOn'), 'date')}
      </div>
      {text('amountMax', 'amountMax', t('programmes.form.amountMax'), 'number')}
      {text('link', 'link', t('programmes.form.link'), 'url')}
      <FormField label={t('programmes.filter.direction')} errors={errors['directions']} name="directions">
        {(control) => (
          <select
            {...control}
            multiple
            size={4}
            value={form.directions}
            onChange={(event) => setForm((previous) => ({ ...previous, directions: Array.from(event.target.selectedOptions, (option) => option.value) }))}
          >
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
