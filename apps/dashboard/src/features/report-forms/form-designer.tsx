import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { Path, PathValue } from 'react-hook-form';
import { z } from 'zod';
import type { ReportFormFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { useNavigate } from 'react-router';
import { FormCard } from '../../ui/form-card';
import { FieldSet, FormField, OtherFieldErrors } from '../../ui/form-field';
import { useSchemaForm } from '../../ui/schema-form';
import { useRegionOptions } from '../reference/use-region-options';
import { draftFromForm, formInput, newFormDraft, newSection, PERIOD_TYPES, type FieldDraft, type FormDraft, type SectionDraft } from './form-draft';
import { LabelInputs } from './label-inputs';
import { CreateReportFormMutation, ReportPrefillSourcesQuery, UpdateReportFormMutation } from './report-forms.graphql';
import { SectionEditor } from './section-editor';

/** Field paths the designer has a control for; any other the API names is listed above the button. */
function knownPath(path: string): boolean {
  return /^(title|description)(\.(kk|ru|en))?$|^(periodType|firstPeriod|dueDays|onTimeWindowDays|regionCodes(\.\d+)?)$|^sections(\.\d+)?(\.(key|title(\.(kk|ru|en))?|fields))?$|^sections\.\d+\.fields\.\d+\.(key|type|label(\.(kk|ru|en))?|help(\.(kk|ru|en))?|min|max|integer|prefillSource|commentRule|choices(\.\d+\.(key|label(\.(kk|ru|en))?))?)$/.test(
    path,
  );
}

const required = z.string().trim().min(1, 'REQUIRED');
const text = z.object({ kk: z.string(), ru: z.string(), en: z.string() });
const count = z.string().trim().regex(/^\d+$/, 'NOT_A_COUNT');

/**
 * What the designer checks before sending: the form's title in every language and its days as
 * counts. The sections and their fields' rules (keys, bounds, choices) are the API's to judge; its
 * errors land on the fields they name.
 */
const designerSchema = z
  .object({
    title: z.object({ kk: required, ru: required, en: required }),
    description: text,
    periodType: z.enum(PERIOD_TYPES),
    firstPeriod: z.string(),
    regionCodes: z.array(z.string()),
    dueDays: count,
    onTimeWindowDays: count,
    sections: z.array(z.custom<SectionDraft>()),
  })
  .transform((draft) => formInput(draft));

/**
 * The form designer of the republican office: a form's title and description in three languages,
 * its period type, first period, the regions expected, the due day and on-time window, and its
 * sections of fields with their rules. A new form is created; a stored one is changed (a new
 * version once reports use it), its versions listed.
 */
export function Designer({ form }: { form: ReportFormFieldsFragment | null }) {
  const navigate = useNavigate();
  const { t, name, formatDate } = useI18n();
  const regions = useRegionOptions();
  const sources = useQuery(ReportPrefillSourcesQuery, { fetchPolicy: 'cache-first' });
  const schemaForm = useSchemaForm(designerSchema, { defaultValues: form ? draftFromForm(form) : newFormDraft() });
  const { form: designer, fieldErrors, errors, submit, setField: setValue } = schemaForm;
  const draft: FormDraft = designer.watch();
  const [saved, setSaved] = useState<number | null>(null);
  const [counter, setCounter] = useState(() => draft.sections.reduce((sum, section) => sum + section.fields.length, 0) + 1);
  const [create] = useMutation(CreateReportFormMutation, { update: (cache) => cache.evict({ fieldName: 'reportForms' }) });
  const [update] = useMutation(UpdateReportFormMutation);

  const set = <K extends keyof FormDraft & Path<FormDraft>>(key: K, value: PathValue<FormDraft, K>) => setValue(key, value);
  const setSection = (index: number, section: SectionDraft) => setValue(`sections.${index}`, section);
  const setField = (sectionIndex: number, fieldIndex: number, field: FieldDraft) => setValue(`sections.${sectionIndex}.fields.${fieldIndex}`, field);
  const nextFieldNumber = () => {
    setCounter((value) => value + 1);
    return counter;
  };

  const onSubmit = submit(async (input) => {
    setSaved(null);
    if (form) {
      const { data } = await update({ variables: { input: { ...input, id: form.id, revision: form.revision } } });
      if (data) setSaved(data.updateReportForm.version);
    } else {
      const { data } = await create({ variables: { input } });
      if (data) navigate(`/report-forms/${data.createReportForm.id}?created=1`);
    }
  });

  const allRegions = regions.data?.regions ?? [];
  return (
    <FormCard
      testId="report-form-designer"
      title={form ? t('reportDesigner.editTitle', { version: form.version }) : t('reportDesigner.newTitle')}
      form={schemaForm}
      onSubmit={onSubmit}
      submitLabel={form ? t('reportDesigner.saveChanges') : t('reportDesigner.create')}
    >
      {saved !== null && (
        <p className="status status-success" role="status" data-testid="designer-saved">
          {t('reportDesigner.saved', { version: saved })}
        </p>
      )}
      <LabelInputs label={t('reportDesigner.formTitle')} value={draft.title} onChange={(title) => set('title', title)} path="title" errors={errors} />
      <LabelInputs
        label={t('reportDesigner.description')}
        value={draft.description}
        onChange={(description) => set('description', description)}
        path="description"
        errors={errors}
        multiline
      />
      <div className="report-designer-row">
        <FormField label={t('reportDesigner.periodType')} errors={errors['periodType']} name="periodType">
          {(control) => (
            <select {...control} value={draft.periodType} onChange={(event) => set('periodType', PERIOD_TYPES.find((type) => type === event.target.value) ?? draft.periodType)}>
              {PERIOD_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`reportPeriodType.${type}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('reportDesigner.firstPeriod')} errors={errors['firstPeriod']} name="firstPeriod">
          {(control) => (
            <input
              {...control}
              type="text"
              value={draft.firstPeriod}
              placeholder={t(`reportDesigner.periodExample.${draft.periodType}`)}
              onChange={(event) => set('firstPeriod', event.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('reportDesigner.dueDays')} errors={errors['dueDays']} name="dueDays">
          {(control) => <input {...control} type="text" inputMode="numeric" value={draft.dueDays} onChange={(event) => set('dueDays', event.target.value)} />}
        </FormField>
        <FormField label={t('reportDesigner.onTimeWindowDays')} errors={errors['onTimeWindowDays']} name="onTimeWindowDays">
          {(control) => <input {...control} type="text" inputMode="numeric" value={draft.onTimeWindowDays} onChange={(event) => set('onTimeWindowDays', event.target.value)} />}
        </FormField>
      </div>
      <FieldSet
        legend={t('reportDesigner.regions')}
        errors={Object.entries(errors)
          .filter(([path]) => path.startsWith('regionCodes'))
          .flatMap(([, list]) => list)}
        name="regionCodes"
      >
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.regionCodes.length === 0}
            onChange={(event) => set('regionCodes', event.target.checked ? [] : allRegions.map((region) => region.code))}
          />
          <span>{t('reportDesigner.allRegions')}</span>
        </label>
        {draft.regionCodes.length > 0 && (
          <div className="report-designer-regions">
            {allRegions.map((region) => (
              <label key={region.code} className="checkbox">
                <input
                  type="checkbox"
                  checked={draft.regionCodes.includes(region.code)}
                  onChange={(event) => set('regionCodes', event.target.checked ? [...draft.regionCodes, region.code] : draft.regionCodes.filter((code) => code !== region.code))}
                />
                <span>{name(region.name)}</span>
              </label>
            ))}
          </div>
        )}
      </FieldSet>

      {draft.sections.map((section, sectionIndex) => (
        <SectionEditor
          key={sectionIndex}
          section={section}
          sectionIndex={sectionIndex}
          errors={errors}
          sources={sources.data?.reportPrefillSources ?? []}
          nextFieldNumber={nextFieldNumber}
          onChange={(changed) => setSection(sectionIndex, changed)}
          onFieldChange={(fieldIndex, changed) => setField(sectionIndex, fieldIndex, changed)}
          onRemove={
            draft.sections.length > 1
              ? () =>
                  set(
                    'sections',
                    draft.sections.filter((_, at) => at !== sectionIndex),
                  )
              : null
          }
        />
      ))}
      <button
        type="button"
        className="button button-secondary report-designer-add"
        onClick={() => set('sections', [...draft.sections, newSection(draft.sections.length + 1, nextFieldNumber())])}
      >
        {t('reportDesigner.addSection')}
      </button>
      <OtherFieldErrors errors={fieldErrors.filter((error) => !knownPath(error.field))} knownFields={[]} />

      {form && (
        <section aria-labelledby="designer-versions" className="report-designer-versions">
          <h3 id="designer-versions">{t('reportDesigner.versions')}</h3>
          <ol className="plain-list" data-testid="designer-versions">
            {form.versions.map((version) => (
              <li key={version.version}>{t('reportDesigner.versionLine', { version: version.version, date: formatDate(version.createdAt) })}</li>
            ))}
          </ol>
          <p className="muted small">{t('reportDesigner.versionsNote')}</p>
        </section>
      )}
    </FormCard>
  );
}
