import { useState } from 'react';
import { fieldErrorsOf, groupByField, type FieldError } from '../errors/graphql-errors';

/**
 * A form's errors: the fields its own checks or the server marked (`fieldErrors`, grouped by field
 * in `errors`) and the mutation's failure shown above the form (`failure`).
 */
export function useFormErrors() {
  const [fieldErrors, setFieldErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  return {
    fieldErrors,
    errors: groupByField(fieldErrors),
    failure,
    setFieldErrors,
    setFailure,
    /** The mutation failed: mark the fields the server named and keep the error for `FormFailure`. */
    fail(error: unknown) {
      setFieldErrors(fieldErrorsOf(error));
      setFailure(error);
    },
  };
}
