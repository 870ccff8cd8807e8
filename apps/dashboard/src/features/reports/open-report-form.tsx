import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { regionOf, useViewer } from '../../auth/session';
import type { ReportFormsQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { useNavigate } from 'react-router';
import { useFormErrors } from '../../ui/form-errors';
import { FormField, OtherFieldErrors } from '../../ui/form-field';
import { FormFailure } from '../../ui/form-failure';
import { useRegionOptions } from '../reference/use-region-options';
import { recentPeriods } from './report-periods';
import { OpenReportMutation } from './reports.graphql';

type FormNode = ReportFormsQuery['reportForms']['edges'][number]['node'];

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
  const [formId, setFormId] = useState(initialFormId && forms.some((form) => form.id === initialFormId) ? initialFormId : (forms[0]?.id ?? ''));
  const form = forms.find((candidate) => candidate.id === formId);
  const periods = form ? recentPeriods(form.periodType, 6, new Date(), form.firstPeriod) : [];
  const [period, setPeriod] = useState('');
  const [regionCode, setRegionCode] = useState(ownRegion ?? '');
  const { fieldErrors, errors, failure, setFailure, setFieldErrors, fail } = useFormErrors();
  const [open, { loading }] = useMutation(OpenReportMutation, { update: (cache) => cache.evict({ fieldName: 'reports' }) });
  const expected = (regions.data?.regions ?? []).filter((region) => form?.regionCodes.includes(region.code));
  const chosenPeriod = periods.includes(period) ? period : (periods[0] ?? '');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const problems = [];
    if (!formId) problems.push({ field: 'formId', code: 'REQUIRED', message: 'is required' });
    if (!regionCode) problems.push({ field: 'regionCode', code: 'REQUIRED', message: 'is required' });
    if (!chosenPeriod) problems.push({ field: 'period', code: 'REQUIRED', message: 'is required' });
    setFieldErrors(problems);
    if (problems.length > 0) return;
    try {
      const { data } = await open({ variables: { input: { formId, regionCode, period: chosenPeriod } } });
      if (data) navigate(`/reports/${data.openReport.id}`);
    } catch (error) {
      fail(error);
    }
  }

  return (
    <form className="form card report-open-form" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="open-report-form">
      <h2>{t('reports.openTitle')}</h2>
      <FormFailure error={failure} fieldsMessage={t('common.correctFields')} />
      <div className="report-designer-row">
        <FormField label={t('reports.form')} errors={errors['formId']} name="formId">
          {(control) => (
            <select {...control} value={formId} onChange={(event) => setFormId(event.target.value)}>
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
              <select {...control} value={regionCode} onChange={(event) => setRegionCode(event.target.value)}>
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
            <select {...control} value={chosenPeriod} onChange={(event) => setPeriod(event.target.value)}>
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
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('common.loading') : t('reports.open')}
        </button>
      </div>
    </form>
  );
}
