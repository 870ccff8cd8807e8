import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type FormEvent } from 'react';
import { useForm, type DefaultValues, type FieldErrors, type FieldValues, type Path, type PathValue, type UseFormProps, type UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { fieldErrorsOf, groupByField, type FieldError } from '../errors/graphql-errors';

/**
 * The code of a schema check that names none: the same codes the server uses in
 * `extensions.fields`, so a field reads "This field is required" whether the browser or the server
 * found it missing. A check that names its code (`z.string().min(1, 'REQUIRED')`) keeps it.
 */
export function codeOfIssue(issue: { code?: string; input?: unknown; origin?: unknown; minimum?: unknown; expected?: unknown; format?: unknown }): string | undefined {
  const empty = issue.input === undefined || issue.input === null || issue.input === '';
  switch (issue.code) {
    case 'invalid_type':
      if (empty) return 'REQUIRED';
      return issue.expected === 'int' ? 'NOT_AN_INTEGER' : 'WRONG_TYPE';
    case 'too_small':
      if (issue.origin === 'string' || issue.origin === 'array') return issue.minimum === 1 ? 'REQUIRED' : 'TOO_SHORT';
      return 'BELOW_MIN';
    case 'too_big':
      if (issue.origin === 'string') return 'TOO_LONG';
      if (issue.origin === 'array') return 'TOO_MANY';
      return 'ABOVE_MAX';
    case 'invalid_format':
      if (issue.format === 'email') return 'INVALID_EMAIL';
      if (issue.format === 'url') return 'INVALID_URL';
      return empty ? 'REQUIRED' : 'UNKNOWN_VALUE';
    case 'invalid_value':
      return empty ? 'REQUIRED' : 'UNKNOWN_VALUE';
    default:
      return undefined;
  }
}

/** A required text of at most `max` characters, trimmed: the form says so before anything is sent. */
export function requiredText(max: number) {
  return z.string().trim().min(1, 'REQUIRED').max(max, 'TOO_LONG');
}

/** What `setError` keeps of the server's errors of one field: every code, with the server's message. */
const SERVER = 'server';

/**
 * Every error of the form as field errors, client checks and the server's alike: a leaf of
 * react-hook-form's error tree carries the code as its message; the server's keep each code with
 * its message in `types`.
 */
export function flattenFieldErrors(errors: FieldErrors, prefix = ''): FieldError[] {
  const flat: FieldError[] = [];
  for (const [key, node] of Object.entries(errors)) {
    if (node == null || typeof node !== 'object' || key === 'ref') continue;
    const field = prefix ? `${prefix}.${key}` : key;
    const leaf = node as { type?: unknown; message?: unknown; types?: Record<string, unknown> };
    if (typeof leaf.type === 'string') {
      if (leaf.type === SERVER && leaf.types) {
        for (const [code, message] of Object.entries(leaf.types)) flat.push({ field, code, message: typeof message === 'string' ? message : '' });
      } else {
        const message = typeof leaf.message === 'string' ? leaf.message : '';
        flat.push(/^[A-Z][A-Z0-9_]*$/.test(message) ? { field, code: message, message: '' } : { field, code: leaf.type, message });
      }
      continue;
    }
    flat.push(...flattenFieldErrors(node as FieldErrors, field));
  }
  return flat;
}

export interface SchemaFormOptions<Input extends FieldValues> {
  defaultValues: DefaultValues<Input>;
  /** The form's name of a field the server calls otherwise (`{ 'contact.email': 'email' }`). */
  serverFields?: Readonly<Record<string, string>>;
  mode?: UseFormProps<Input>['mode'];
}

export interface SchemaForm<Input extends FieldValues, Output> {
  /** react-hook-form's form: `register`, `watch`, `setValue`, `reset`, `control`… */
  form: UseFormReturn<Input, unknown, Output>;
  /** Every marked field: the schema's checks and the server's `extensions.fields`. */
  fieldErrors: FieldError[];
  /** The same, by field name, for `FormField`'s `errors`. */
  errors: Record<string, FieldError[]>;
  /** The last submit's failure, for `FormCard` / `FormFailure`. */
  failure: unknown;
  submitting: boolean;
  /**
   * The form's submit handler: checks the schema (marking the fields it refuses), then runs
   * `save` with the parsed values; a failure of `save` marks the fields the server named and is
   * kept for `FormFailure`.
   */
  submit: (save: (values: Output) => Promise<void>) => (event?: FormEvent<HTMLFormElement>) => Promise<void>;
  /**
   * Sets a field whose control is a component with `value` and `onChange` (a region select):
   * checked again, as a registered control is, once the form was submitted.
   */
  setField: <Name extends Path<Input>>(name: Name, value: PathValue<Input, Name>) => void;
  /** Marks the server's field errors of `error` and keeps it as the failure. */
  fail: (error: unknown) => void;
  setFailure: (error: unknown) => void;
}

/**
 * The one way a dashboard form is checked and shows what went wrong: a zod schema gives the
 * client-side checks (and the values sent), the server's coded field errors land on the same
 * fields, and the rest of a failure shows above the form.
 */
export function useSchemaForm<Input extends FieldValues, Output>(schema: z.ZodType<Output, Input>, options: SchemaFormOptions<Input>): SchemaForm<Input, Output> {
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(schema, { error: (issue) => codeOfIssue(issue) }),
    defaultValues: options.defaultValues,
    mode: options.mode ?? 'onSubmit',
  });
  const [failure, setFailure] = useState<unknown>(null);
  const fieldErrors = flattenFieldErrors(form.formState.errors);
  const serverFields = options.serverFields;

  function fail(error: unknown) {
    setFailure(error);
    const byField = groupByField(fieldErrorsOf(error).map((fieldError) => ({ ...fieldError, field: serverFields?.[fieldError.field] ?? fieldError.field })));
    for (const [field, errors] of Object.entries(byField)) {
      const types = Object.fromEntries(errors.map((fieldError) => [fieldError.code, fieldError.message]));
      form.setError(field as Parameters<typeof form.setError>[0], { type: SERVER, message: errors[0]?.code ?? '', types });
    }
  }

  return {
    form,
    fieldErrors,
    errors: groupByField(fieldErrors),
    failure,
    submitting: form.formState.isSubmitting,
    submit: (save) => (event) => {
      setFailure(null);
      return form.handleSubmit(async (values) => {
        try {
          await save(values);
        } catch (error) {
          fail(error);
        }
      })(event);
    },
    setField: (name, value) => form.setValue(name, value, { shouldDirty: true, shouldValidate: form.formState.isSubmitted }),
    fail,
    setFailure,
  };
}
