import type { ImportOrganizationsMutation as ImportResult } from '../../gql/graphql';
import { isMessageKey, useI18n, type I18n } from '../../i18n/i18n';
import { Link } from 'react-router';
import { Stat } from '../../ui/stat';

export type ImportReport = ImportResult['importOrganizations'];
type RowError = ImportReport['errors'][number];

/** An import problem in the user's language: the import's own codes, then the form field codes. */
export function describeImportError(i18n: Pick<I18n, 't'>, error: Pick<RowError, 'code' | 'message'>): string {
  const own = `importError.${error.code}`;
  if (isMessageKey(own)) return i18n.t(own);
  const field = `errors.field.${error.code}`;
  if (isMessageKey(field) && field !== 'errors.field.generic') return i18n.t(field);
  return i18n.t('errors.field.generic', { message: error.message || error.code });
}

/** What a check or an import of a file found: the verdict, the counts and every problem by line and column. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const verdict = !report.ok
    ? 'import.report.failed'
    : report.dryRun
      ? 'import.report.wouldImport'
      : report.created + report.updated === 0
        ? 'import.report.nothingChanged'
        : 'import.report.imported';
  return (
    <section className="card" data-testid="import-report">
      <h2>{report.dryRun ? t('import.report.dryRunTitle') : t('import.report.title')}</h2>
      <p className={report.ok ? 'status status-success' : 'status status-error'} role="status" data-testid="import-verdict">
        {t(verdict)}
      </p>
      <dl className="stats">
        {(
          [
            ['import.report.rows', report.rowCount, 'rows'],
            ['import.report.created', report.created, 'created'],
            ['import.report.updated', report.updated, 'updated'],
            ['import.report.unchanged', report.unchanged, 'unchanged'],
            ['import.report.errors', report.errorCount, 'errors'],
          ] as const
        ).map(([label, value, id]) => (
          <Stat key={id} label={t(label)} testId={`import-${id}`}>
            {formatNumber(value)}
          </Stat>
        ))}
      </dl>
      {report.errors.length > 0 && (
        <div className="table-wrap">
          <table className="table" data-testid="import-error-table">
            <thead>
              <tr>
                <th scope="col" className="numeric">
                  {t('import.column.line')}
                </th>
                <th scope="col">{t('import.column.column')}</th>
                <th scope="col">{t('import.column.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {report.errors.map((error, index) => (
                <tr key={`${error.line}-${error.column}-${error.code}-${index}`} data-testid="import-error">
                  <td className="numeric">{formatNumber(error.line)}</td>
                  <td>
                    <code>{error.column || t('import.wholeRow')}</code>
                  </td>
                  <td>
                    {describeImportError(i18n, error)}
                    {error.existingId && (
                      <>
                        {' '}
                        <Link to={`/organizations/${error.existingId}`}>{t('import.openExisting')}</Link>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.errorCount > report.errors.length && (
            <p className="muted small">{t('import.moreErrors', { shown: formatNumber(report.errors.length), total: formatNumber(report.errorCount) })}</p>
          )}
        </div>
      )}
    </section>
  );
}
