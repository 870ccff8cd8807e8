import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

export interface FilterOption {
  value: string;
  label: string;
}

/**
 * One select of a list's filter form: its label, an empty "all" choice first (`anyLabel`), then
 * `children` (extra choices such as "me"), then the options.
 */
export function FilterSelect({
  label,
  value,
  onChange,
  options,
  anyLabel,
  children,
}: {
  label: string;
  /** An ID may come as a number (the ID scalar); the select shows it as text. */
  value: string | number;
  onChange: (value: string) => void;
  options: readonly FilterOption[];
  anyLabel?: string;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <label>
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{anyLabel ?? t('common.all')}</option>
        {children}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A filter select over a fixed list of values (an enum's), each labelled by `labelOf` (its catalog entry); no value is "all". */
export function ValuesFilterSelect<Value extends string>({
  label,
  value,
  onChange,
  values,
  labelOf,
}: {
  label: string;
  value: string | null | undefined;
  onChange: (value: string) => void;
  values: readonly Value[];
  labelOf: (value: Value) => string;
}) {
  return <FilterSelect label={label} value={value ?? ''} onChange={onChange} options={values.map((choice) => ({ value: choice, label: labelOf(choice) }))} />;
}
