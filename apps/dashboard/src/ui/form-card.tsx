import type { FormEvent, ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { FormFailure } from './form-failure';

/**
 * A form in a card: its title, what went wrong with the last submit, the fields (`children`) and
 * the submit button, disabled and saying "saving" while `submitting`; `done`, when given, says the
 * last submit was saved. `noValidate`: the form's own checks and the server's field errors mark
 * the fields, not the browser's bubbles.
 */
export function FormCard({
  testId,
  title,
  onSubmit,
  failure,
  fieldsMessage,
  submitting,
  submitLabel,
  done,
  children,
}: {
  testId: string;
  title: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
  failure: unknown;
  /** What a failure that names fields says above the form; "correct the marked fields" by default. */
  fieldsMessage?: string;
  submitting: boolean;
  submitLabel: string;
  done?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <form className="form card" onSubmit={(event) => void onSubmit(event)} noValidate data-testid={testId}>
      <h2>{title}</h2>
      <FormFailure error={failure} fieldsMessage={fieldsMessage ?? t('common.correctFields')} />
      {done && (
        <p className="status status-success" role="status">
          {done}
        </p>
      )}
      {children}
      <div className="form-actions">
        <button type="submit" className="button" disabled={submitting}>
          {submitting ? t('common.saving') : submitLabel}
        </button>
      </div>
    </form>
  );
}
