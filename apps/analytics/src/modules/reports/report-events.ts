import { ReportPeriodType, type ReportEventBase } from '@birge/shared-reference';
import type { ReportFormEntity } from '../report-forms/report-form.entity';
import { dueOn, parsePeriod } from './report-period';

/** What every report event says of the form, the region and the period (and the report, when there is one). */
export function reportEventBase(form: ReportFormEntity, regionCode: string, period: string, reportId: string | null, formVersion: number): ReportEventBase {
  return {
    reportId,
    formId: form.id,
    formVersion,
    formTitle: { kk: form.title.kk, ru: form.title.ru, en: form.title.en },
    regionCode,
    periodType: form.periodType as ReportPeriodType,
    period,
    dueOn: dueOn(parsePeriod(form.periodType as ReportPeriodType, period, 'period'), form.dueDays),
  };
}
