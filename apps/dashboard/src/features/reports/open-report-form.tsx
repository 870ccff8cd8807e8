import { useMutation } from '@apollo/client/react';
import { z } from 'zod';
import { regionOf, useViewer } from '../../auth/session';
import type { ReportFormsQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { useNavigate } from 'react-router';
import { FormField, OtherFieldErrors } from '../../ui/form-field';
import { FormFailure } from '../../ui/form-failure';
import { useSchemaForm } from '../../ui/schema-form';
import { useRegionOptions } from '../reference/use-region-options';
import { recentPeriods } from './report-periods';
import { OpenReportMutation } from './reports.graphql';

type FormNode = ReportFormsQuery['reportForms']['edges'][number]['node'];

const openReportSchema = z.object({ formId: z.string().min(1, 'REQUIRED'), regionCode: z.string().min(1, 'REQUIRED'), period: z.string().min(1, 'REQUIRED') });

/** The periods a report on `form` may be opened for: its recent ones up to the current. */
function periodsOf(form: FormNode | undefined): string[] {
  return form ? recentPeriods(form.periodType, 6, new Date(), form.firstPeriod) : [];
}

/**
 * Opens (or finds) a region's report on a form for a period: the region's staff for their own
 * region, the republican office for any region the form expects. The periods offered are the
 * form's recent ones up to the current.
 */
export function OpenReportForm({ forms, initialFormId }: { forms: readonly FormNode[]; initialFormId: string | null }) {
  const navigate = useNavigate();
  const { t, name } = useI18n();
  const ownRegion = regionOf(useViewer());
  const regions = useRegionOptions();
  const formOf = (id: string) => forms.find((candidate) => candidate.id === id);
  const initialId = initialFormId && formOf(initialFormId) ? initialFormId : (forms[0]?.id ?? '');
  const { form, fieldErrors, errors, failure, submitting, submit, setField } = useSchemaForm(openReportSchema, {
    defaultValues: { formId: initialId, regionCode: ownRegion ?? '', period: periodsOf(formOf(initialId))[0] ?? '' },
  });
  const { register, watch } = form;
  const chosen = formOf(watch('formId'));
  const periods = periodsOf(chosen);
  const [open] = useMutation(OpenReportMutation, { update: (cache) => cache.evict({ fieldName: 'reports' }) });
  const expected = (regions.data?.regions ?? []).filter((region) => chosen?.regionCodes.includes(region.code));

  const onSubmit = submit(async (input) => {
    const { data } = await open({ variables: { input } });
    if (data) navigate(`/reports/${data.openReport.id}`);
  });

  return (
    <form className="form card report-open-form" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="open-report-form">
      <h2>{t('reports.openTitle')}</h2>
      <FormFailure error={failure} fieldsMessage={t('common.correctFields')} />
      <div className="report-designer-row">
        <FormField label={t('reports.form')} errors={errors['formId']} name="formId">
          {(control) => (
            <select
              {...control}
              {...register('formId', { onChange: (event: { target: { value: string } }) => setField('period', periodsOf(formOf(event.target.value))[0] ?? '') })}
            >
              {forms.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {name(candidate.title)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {!ownRegion && (
          <FormField label={t('reports.region')} errors={errors['regionCode']} name="regionCode">
            {(control) => (
              <select {...control} {...register('regionCode')}>
                <option value="">{t('common.choose')}</option>
                {expected.map((region) => (
                  <option key={region.code} value={region.code}>
                    {name(region.name)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        <FormField label={t('reports.period')} errors={errors['period']} name="period">
          {(control) => (
            <select {...control} {...register('period')}>
              {periods.map((candidate) => (
                <option key={candidate} value={candidate}>
                  {candidate}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <OtherFieldErrors errors={fieldErrors} knownFields={['formId', 'regionCode', 'period']} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={submitting}>
          {submitting ? t('common.loading') : t('reports.open')}
        </button>
      </div>
    </form>
  );
}
