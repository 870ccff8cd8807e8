import type { ReportStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';

/** A report's status in words (never colour alone), and "overdue" beside a draft past its due day. */
export function ReportStatusBadge({ status, overdue = false, large = false }: { status: ReportStatus; overdue?: boolean; large?: boolean }) {
  const { t } = useI18n();
  return (
    <span className="report-status-badges">
      <span className={`badge report-status-${status.toLowerCase()}${large ? ' badge-large' : ''}`} data-testid="report-status">
        {t(`reportStatus.${status}`)}
      </span>
      {overdue && <span className="badge report-overdue">{t('reports.overdue')}</span>}
    </span>
  );
}
