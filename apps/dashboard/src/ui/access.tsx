import { isMessageKey, useI18n, type I18n } from '../i18n/i18n';

/**
 * Why the API withholds something (its AccessRestriction enum: SIGN_IN_REQUIRED, OTHER_REGION,
 * PERSONAL_DATA_HIDDEN_FOR_ROLE, ...), in the person's language; an unknown value shows as is.
 */
export function accessRestrictionLabel(i18n: Pick<I18n, 't'>, reason: string): string {
  const key = `accessRestriction.${reason}`;
  return isMessageKey(key) ? i18n.t(key) : reason;
}

/**
 * In place of a value the API returned as null with a reason beside it (`personalDataHidden`):
 * "hidden: <reason>". Renders nothing without a reason, so it can sit next to the value.
 */
export function AccessHidden({ reason }: { reason: string | null | undefined }) {
  const i18n = useI18n();
  if (!reason) return null;
  return (
    <span className="access-hidden" data-testid="access-hidden" data-reason={reason}>
      {i18n.t('accessHidden.label', { reason: accessRestrictionLabel(i18n, reason) })}
    </span>
  );
}

/**
 * A page the viewer may not open (a direct address): says so, why, and the code the API would
 * give (FORBIDDEN with its reason), so a screenshot or a support call names the exact rule.
 */
export function NotAllowed({ reason }: { reason: string }) {
  const i18n = useI18n();
  return (
    <section className="not-allowed" data-testid="not-allowed" data-reason={reason}>
      <h1>{i18n.t('auth.notAllowed')}</h1>
      <p>{accessRestrictionLabel(i18n, reason)}</p>
      <p className="muted small">{i18n.t('auth.notAllowedCode', { code: `FORBIDDEN · ${reason}` })}</p>
    </section>
  );
}
