import type { FieldError } from '../../errors/graphql-errors';
import { FieldSet } from '../../ui/form-field';
import { toggle } from './announcement-target';

/** One list of the target: a checkbox per value, none ticked meaning any. */
export function TickList<T extends string>({
  legend,
  name,
  errors,
  values,
  chosen,
  label,
  onChange,
}: {
  legend: string;
  name: string;
  errors?: FieldError[];
  values: readonly T[];
  chosen: readonly T[];
  label: (value: T) => string;
  onChange: (next: T[]) => void;
}) {
  return (
    <FieldSet legend={legend} errors={errors} name={name}>
      {values.map((value) => (
        <label key={value} className="checkbox">
          <input type="checkbox" checked={chosen.includes(value)} onChange={(event) => onChange(toggle(chosen, value, event.target.checked))} />
          <span>{label(value)}</span>
        </label>
      ))}
    </FieldSet>
  );
}
