import { useId, type ReactNode } from 'react';
import { describeFieldError, type FieldError } from '../errors/graphql-errors';
import { useI18n } from '../i18n/i18n';

export interface FormFieldProps {
  label: string;
  /** Errors of this field, from the server or from the form's own required checks. */
  errors?: readonly FieldError[];
  /** Render prop so the control gets the ids that tie it to its label and its errors. */
  children: (control: { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined }) => ReactNode;
  /** The field name, used in test ids and for the browser test to find the error. */
  name: string;
}

export function FormField({ label, errors = [], children, name }: FormFieldProps) {
  const i18n = useI18n();
  const id = useId();
  const errorId = `${id}-error`;
  const invalid = errors.length > 0;
  return (
    <div className={invalid ? 'form-field form-field-invalid' : 'form-field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': invalid, 'aria-describedby': invalid ? errorId : undefined })}
      {invalid && (
        <ul className="field-errors" id={errorId} data-testid={`field-error-${name}`}>
          {errors.map((error) => (
            <li key={`${error.code}:${error.message}`}>{describeFieldError(i18n, error)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A group of checkboxes with one legend and one error list. */
export function FieldSet({ legend, errors = [], name, children }: { legend: string; errors?: readonly FieldError[]; name: string; children: ReactNode }) {
  const i18n = useI18n();
  const invalid = errors.length > 0;
  return (
    <fieldset className={invalid ? 'form-field form-field-invalid' : 'form-field'} aria-invalid={invalid}>
      <legend>{legend}</legend>
      {children}
      {invalid && (
        <ul className="field-errors" data-testid={`field-error-${name}`}>
          {errors.map((error) => (
            <li key={`${error.code}:${error.message}`}>{describeFieldError(i18n, error)}</li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

/** Field errors the form has no control for (e.g. a wrong organizationId), listed above the submit button. */
export function OtherFieldErrors({ errors, knownFields }: { errors: readonly FieldError[]; knownFields: readonly string[] }) {
  const i18n = useI18n();
  const other = errors.filter((error) => !knownFields.includes(error.field));
  if (other.length === 0) return null;
  return (
    <ul className="field-errors" data-testid="field-error-other">
      {other.map((error) => (
        <li key={`${error.field}:${error.code}:${error.message}`}>{`${error.field}: ${describeFieldError(i18n, error)}`}</li>
      ))}
    </ul>
  );
}
