import { useI18n } from '../i18n/i18n';

/** The buttons under an inline form: cancel, then submit, disabled and saying "saving" while `submitting`. */
export function FormActions({ submitting, submitLabel, onCancel }: { submitting: boolean; submitLabel: string; onCancel: () => void }) {
  const { t } = useI18n();
  return (
    <div className="form-actions">
      <button type="button" className="button button-secondary" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <button type="submit" className="button" disabled={submitting}>
        {submitting ? t('common.saving') : submitLabel}
      </button>
    </div>
  );
}
