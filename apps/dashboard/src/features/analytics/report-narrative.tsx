import { useI18n } from '../../i18n/i18n';

/** The narrative of the region's last accepted periodic report, as the front office wrote it. */
export function ReportNarrative({ narrative, period }: { narrative: string | null; period: string | null }) {
  const { t } = useI18n();
  if (!narrative) return <p className="muted">{t('analytics.report.none')}</p>;
  return (
    <blockquote className="report-narrative">
      <p>{narrative}</p>
      {period && <footer className="muted small">{period}</footer>}
    </blockquote>
  );
}
