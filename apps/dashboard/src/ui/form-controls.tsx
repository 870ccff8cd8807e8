import type { InputHTMLAttributes } from 'react';
import type { FieldValues, Path, UseFormRegister } from 'react-hook-form';
import type { FieldError } from '../errors/graphql-errors';
import { FormField } from './form-field';

/** One option of a select: the value sent and the label shown. */
export interface Choice {
  value: string;
  label: string;
}

/**
 * The usual controls of a `useSchemaForm` form, each registered under its field's name in its
 * `FormField` with that field's errors: `const field = formControls(form.register, errors)`, then
 * `field.input('title', label)`, `field.input('heldOn', label, { type: 'date' })`,
 * `field.textarea('agreed', label, 3)`, `field.select('directions', label, choices, { multiple: true })`.
 */
export function formControls<Input extends FieldValues>(register: UseFormRegister<Input>, errors: Record<string, FieldError[]>) {
  return {
    input: (name: Path<Input>, label: string, props: InputHTMLAttributes<HTMLInputElement> = {}) => (
      <FormField label={label} errors={errors[name]} name={name}>
        {(control) => <input {...control} {...register(name)} type="text" {...props} />}
      </FormField>
    ),
    textarea: (name: Path<Input>, label: string, rows: number) => (
      <FormField label={label} errors={errors[name]} name={name}>
        {(control) => <textarea {...control} {...register(name)} rows={rows} />}
      </FormField>
    ),
    /** A select; `multiple` shows four rows at a time. */
    select: (name: Path<Input>, label: string, choices: readonly Choice[], { multiple = false } = {}) => (
      <FormField label={label} errors={errors[name]} name={name}>
        {(control) => (
          <select {...control} {...register(name)} {...(multiple ? { multiple: true, size: 4 } : {})}>
            {choices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        )}
      </FormField>
    ),
  };
}
