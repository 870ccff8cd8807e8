import { useQuery } from '@apollo/client/react';
import { canWrite, isAdmin, regionOf, useViewer } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { Link } from 'react-router';
import { DownloadButtons } from '../../ui/download-buttons';
import { Detail } from '../../ui/detail';
import { RecordMissing } from '../../ui/record-missing';
import { ErrorNotice, Loading } from '../../ui/status';
import { useExportFile } from '../../ui/use-export-file';
import { ReportAnswersView } from './report-answers-view';
import { ReportFilling } from './report-filling';
import { ReportReview } from './report-review';
import { ReportStatusBadge } from './report-status';
import { ReportHistory, ReportThread } from './report-thread';
import { ReportPageQuery } from './reports.graphql';
import { ExportReportQuery } from './reports-export.graphql';
import './reports.css';

/**
 * A periodic report. Its region's staff fill it while it is a draft or returned; once submitted everyone allowed reads it, the republican office accepts or
 * returns it, and reopens an accepted one. The comment thread and the history sit beside it.
 */
export function ReportPage({ id }: { id: string }) {
  const { t, name, formatDate } = useI18n();
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(ReportPageQuery, { variables: { id }, errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  const exportReport = useExportFile(ExportReportQuery);

  if (loading && !data) return <Loading />;
  const report = data?.report;
  if (!report) return <RecordMissing error={error} onRetry={() => void refetch()} notFound={t('report.notFound')} back={{ to: '/reports', label: t('report.back') }} />;

  const writer = canWrite(viewer, report.regionCode);
  // The region fills its report; the republican office reads and reviews it (the API would let it write, the page keeps the roles apart).
  const fillable = regionOf(viewer) === report.regionCode && writer && (report.status === 'DRAFT' || report.status === 'RETURNED');
  const lastReturn = [...report.history].reverse().find((step) => step.action === 'RETURNED' || step.action === 'REOPENED');

  return (
    <section>
      <Link to={`/reports?form=${report.formId}`} className="back-link">
        {t('report.back')}
      </Link>
      <div className="page-heading">
        <h1 data-testid="report-title">{t('reports.cardTitle', { form: name(report.form?.title), period: report.period })}</h1>
        <ReportStatusBadge status={report.status} overdue={report.overdue} large />
      </div>
      {error != null && <ErrorNotice error={error} />}
      <DownloadButtons
        label={t('download.report')}
        formats={['PDF', 'XLSX']}
        fetchFile={(format, language) => exportReport({ id: report.id, format: format === 'PDF' ? 'PDF' : 'XLSX', language })}
      />
      <dl className="details card">
        <Detail label={t('reports.region')}>{report.region ? name(report.region.name) : t('common.unavailable')}</Detail>
        <Detail label={t('report.periodDates')}>
          {report.periodStart} – {report.periodEnd}
        </Detail>
        <Detail label={t('report.due')}>{report.dueOn}</Detail>
        <Detail label={t('report.submitted')} testId="report-submitted">
          {report.firstSubmittedAt
            ? `${formatDate(report.firstSubmittedAt)} · ${t(report.submittedOnTime ? 'report.onTime' : 'report.late')} · ${t('report.submissions', { count: report.submissionCount })}`
            : t('report.notSubmitted')}
        </Detail>
        <Detail label={t('report.formVersion')}>{report.formVersion}</Detail>
      </dl>
      {report.locked && (
        <p className="status status-success" data-testid="report-locked">
          {t('report.locked', { date: report.acceptedAt ? formatDate(report.acceptedAt) : '' })}
        </p>
      )}
      {fillable && report.status === 'RETURNED' && lastReturn?.comment && (
        <div className="status status-error report-returned-note" data-testid="report-returned-note">
          <strong>{t('report.returnedBecause')}</strong> {lastReturn.comment}
        </div>
      )}

      <div className="two-columns report-layout">
        <div className="report-main">{fillable ? <ReportFilling report={report} /> : <ReportAnswersView report={report} />}</div>
        <aside className="report-side">
          {isAdmin(viewer) && <ReportReview report={report} onReload={() => void refetch()} />}
          <ReportThread report={report} canPost={writer} />
          <ReportHistory report={report} />
        </aside>
      </div>
    </section>
  );
}
