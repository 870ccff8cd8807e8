import { useState } from 'react';
import type { FieldValues } from 'react-hook-form';
import type { SchemaForm } from './schema-form';

/**
 * The submit of a form that adds a record and then starts again from `empty`: `done` says the
 * last one was saved (for `FormCard`'s `done`) until the next submit.
 */
export function useAddForm<Input extends FieldValues, Output>(
  { submit, form }: Pick<SchemaForm<Input, Output>, 'submit' | 'form'>,
  empty: Input,
  save: (values: Output) => Promise<unknown>,
) {
  const [done, setDone] = useState(false);
  const onSubmit = submit(async (values) => {
    setDone(false);
    await save(values);
    form.reset(empty);
    setDone(true);
  });
  return { done, onSubmit };
}
