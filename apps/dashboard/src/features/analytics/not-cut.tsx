import { useI18n } from '../../i18n/i18n';

/** A figure the page's filters cannot cut (e.g. organizations under a request status): a dash, said in words to a screen reader. */
export function NotCut() {
  const { t } = useI18n();
  return (
    <span className="muted not-cut" title={t('analytics.filter.notCut')} data-testid="not-cut">
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{t('analytics.filter.notCut')}</span>
    </span>
  );
}
