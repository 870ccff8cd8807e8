import type { FormEvent, ReactNode } from 'react';
import type { FieldError } from '../errors/graphql-errors';
import { useI18n, type MessageKey } from '../i18n/i18n';
import { FormFailure } from './form-failure';
import { OtherFieldErrors } from './form-field';

/** A catalog prefix with a form's `<prefix>.title` and `<prefix>.submit` (and, for `done`, `<prefix>.done`). */
export type FormMessages = { [Key in MessageKey]: Key extends `${infer Prefix}.submit` ? (`${Prefix}.title` extends MessageKey ? Prefix : never) : never }[MessageKey];

/** What the card reads of a `useSchemaForm` form: its last failure, whether it is saving, its marked fields. */
export interface FormCardState {
  failure: unknown;
  submitting: boolean;
  fieldErrors: readonly FieldError[];
}

/**
 * A form in a card: its title, what went wrong with the last submit, the fields (`children`), the
 * field errors the form has no control for (when `knownFields` is given) and the submit button,
 * disabled and saying "saving" while the form submits; `done`, when given, says the last submit
 * was saved (`true`: the `<messages>.done` message). The title and the button's label are
 * `<messages>.title` and `<messages>.submit` unless given. `noValidate`: the form's own checks
 * and the server's field errors mark the fields, not the browser's bubbles.
 */
export function FormCard({
  testId,
  form,
  messages,
  title,
  submitLabel,
  onSubmit,
  fieldsMessage,
  done,
  knownFields,
  children,
}: {
  testId: string;
  form: FormCardState;
  messages?: FormMessages;
  title?: string;
  submitLabel?: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
  /** What a failure that names fields says above the form; "correct the marked fields" by default. */
  fieldsMessage?: string;
  done?: ReactNode;
  /** The fields the form has a control for: the server's errors of any other are listed above the button. */
  knownFields?: readonly string[];
  children: ReactNode;
}) {
  const { t } = useI18n();
  const message = (suffix: 'title' | 'submit' | 'done') => (messages ? t(`${messages}.${suffix}` as MessageKey) : '');
  const saved = done === true ? message('done') : done;
  return (
    <form className="form card" onSubmit={(event) => void onSubmit(event)} noValidate data-testid={testId}>
      <h2>{title ?? message('title')}</h2>
      <FormFailure error={form.failure} fieldsMessage={fieldsMessage ?? t('common.correctFields')} />
      {saved && (
        <p className="status status-success" role="status">
          {saved}
        </p>
      )}
      {children}
      {knownFields && <OtherFieldErrors errors={form.fieldErrors} knownFields={knownFields} />}
      <div className="form-actions">
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? t('common.saving') : (submitLabel ?? message('submit'))}
        </button>
      </div>
    </form>
  );
}
