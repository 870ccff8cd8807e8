import { describeError, fieldErrorsOf, isStaleVersion } from '../errors/graphql-errors';
import { useI18n } from '../i18n/i18n';

/**
 * What went wrong with a form's mutation, above the form: "correct the marked fields" when the
 * server named fields, the translated code or reason otherwise; an optimistic-locking conflict
 * (STALE_VERSION) offers to reload the record.
 */
export function FormFailure({ error, fieldsMessage, onReload }: { error: unknown; fieldsMessage?: string; onReload?: () => void }) {
  const i18n = useI18n();
  if (error == null) return null;
  const named = fieldErrorsOf(error).some((fieldError) => fieldError.code !== 'INVALID_TRANSITION');
  const stale = isStaleVersion(error);
  return (
    <div className="status status-error" role="alert" data-testid="form-error">
      <span>{named && fieldsMessage ? fieldsMessage : describeError(i18n, error)}</span>
      {stale && onReload && (
        <button type="button" className="button button-secondary button-small" onClick={onReload}>
          {i18n.t('common.reload')}
        </button>
      )}
    </div>
  );
}
