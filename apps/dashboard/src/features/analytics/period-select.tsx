import { useI18n } from '../../i18n/i18n';
import { periodChoices, type PeriodChoice } from './period';

/** The period choice: the default (the last 12 months), years, quarters and months, grouped. */
export function PeriodSelect({ value, onChange, today = new Date() }: { value: string | null; onChange: (value: string | null) => void; today?: Date }) {
  const { t } = useI18n();
  const choices = periodChoices(today);
  const group = (kind: PeriodChoice['kind']) => choices.filter((choice) => choice.kind === kind);
  const label = (choice: PeriodChoice) =>
    choice.kind === 'quarter'
      ? t('analytics.period.quarter', { year: choice.code.slice(0, 4), quarter: choice.code.slice(6) })
      : choice.kind === 'month'
        ? formatMonth(choice.code, t)
        : choice.code;
  return (
    <label>
      <span>{t('analytics.filter.period')}</span>
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">{t('analytics.period.last12')}</option>
        {(['year', 'quarter', 'month'] as const).map((kind) => (
          <optgroup key={kind} label={t(`analytics.period.${kind}s`)}>
            {group(kind).map((choice) => (
              <option key={choice.code} value={choice.code}>
                {label(choice)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}

const MONTH_KEYS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'] as const;

/** `2026-03` as "Наурыз 2026" / "Март 2026" / "March 2026" from the translation files (browsers' Kazakh month names vary). */
export function formatMonth(code: string, t: ReturnType<typeof useI18n>['t']): string {
  const month = MONTH_KEYS.find((key) => key === code.slice(5, 7));
  return month ? `${t(`analytics.month.${month}`)} ${code.slice(0, 4)}` : code;
}
