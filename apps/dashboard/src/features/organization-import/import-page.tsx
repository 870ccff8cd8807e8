import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { FieldError } from '../../errors/graphql-errors';
import type { ImportOrganizationsMutation as ImportResult } from '../../gql/graphql';
import { isMessageKey, useI18n, type I18n } from '../../i18n/i18n';
import { Link } from 'react-router';
import { FormField } from '../../ui/form-field';
import { FormFailure } from '../../ui/form-failure';
import { ImportOrganizationsMutation } from './organization-import.graphql';

type Report = ImportResult['importOrganizations'];
type RowError = Report['errors'][number];

/**
 * The file travels as JSON text inside one GraphQL request, and the gateway takes at most 16 MiB
 * from signed-in staff: the file, as JSON text (quotes and line breaks escaped), may take that
 * less room for the rest of the request. Larger files are for the command line tool
 * (tools/registry-import).
 */
export const MAX_CSV_BYTES = 16 * 1024 * 1024 - 64 * 1024;

/** Reads the file as UTF-8; a file in another encoding comes back with replacement characters. */
function readUtf8(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^\uFEFF/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsText(file, 'UTF-8');
  });
}

/** An import problem in the user's language: the import's own codes, then the form field codes. */
export function describeImportError(i18n: Pick<I18n, 't'>, error: Pick<RowError, 'code' | 'message'>): string {
  const own = `importError.${error.code}`;
  if (isMessageKey(own)) return i18n.t(own);
  const field = `errors.field.${error.code}`;
  if (isMessageKey(field) && field !== 'errors.field.generic') return i18n.t(field);
  return i18n.t('errors.field.generic', { message: error.message || error.code });
}

function ImportReportView({ report }: { report: Report }) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const verdict = !report.ok ? 'import.report.failed' : report.dryRun ? 'import.report.wouldImport' : report.created + report.updated === 0 ? 'import.report.nothingChanged' : 'import.report.imported';
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
          <div key={id} className="stat" data-testid={`import-${id}`}>
            <dt className="stat-label">{t(label)}</dt>
            <dd className="stat-value">{formatNumber(value)}</dd>
          </div>
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

/**
 * CSV import: pick a UTF-8 file, check it (a dry run writes nothing and reports every problem by
 * line and column), then import it. All or nothing per file; re-importing changes nothing.
 */
export function ImportPage() {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [fileErrors, setFileErrors] = useState<FieldError[]>([]);
  const [checked, setChecked] = useState<{ csv: string; report: Report } | null>(null);
  const [applied, setApplied] = useState<Report | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [importOrganizations, { loading }] = useMutation(ImportOrganizationsMutation);

  function choose(next: File | null) {
    setFile(next);
    setChecked(null);
    setApplied(null);
    setFailure(null);
    setFileErrors([]);
  }

  async function dryRun(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    setApplied(null);
    setChecked(null);
    if (!file) {
      setFileErrors([{ field: 'file', code: 'REQUIRED', message: 'is required' }]);
      return;
    }
    if (file.size > MAX_CSV_BYTES) {
      setFileErrors([{ field: 'file', code: 'CSV_TOO_LARGE', message: file.name }]);
      return;
    }
    try {
      const csv = await readUtf8(file);
      if (csv.includes('\uFFFD')) {
        setFileErrors([{ field: 'file', code: 'CSV_NOT_UTF8', message: file.name }]);
        return;
      }
      if (new Blob([JSON.stringify(csv)]).size > MAX_CSV_BYTES) {
        setFileErrors([{ field: 'file', code: 'CSV_TOO_LARGE', message: file.name }]);
        return;
      }
      setFileErrors([]);
      const { data } = await importOrganizations({ variables: { csv, dryRun: true } });
      if (data) setChecked({ csv, report: data.importOrganizations });
    } catch (error) {
      setFailure(error);
    }
  }

  async function apply() {
    if (!checked) return;
    setFailure(null);
    try {
      const { data } = await importOrganizations({
        variables: { csv: checked.csv, dryRun: false },
        // New and changed records change every list and count.
        update(cache) {
          cache.evict({ fieldName: 'organizations' });
          cache.evict({ fieldName: 'organizationFacets' });
          cache.evict({ fieldName: 'nationalOverview' });
          cache.gc();
        },
      });
      if (data) {
        setApplied(data.importOrganizations);
        setChecked(null);
      }
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <section className="narrow-wide">
      <Link to="/organizations" className="back-link">
        {t('organization.backToList')}
      </Link>
      <h1>{t('import.title')}</h1>
      <p className="lead">{t('import.intro')}</p>
      <details className="small import-columns">
        <summary>{t('import.columns')}</summary>
        <code>
          name, name_kk, name_ru, name_latin, kind, legal_form, bin, qazvolunteer_id, region_code, district_code, directions, categories, modes, description, volunteer_count,
          founded_on, status, contact_name, contact_role, contact_phones, contact_emails, contact_social_links
        </code>
        <p>{t('import.columnsHint')}</p>
      </details>
      <form className="form card" onSubmit={(event) => void dryRun(event)} noValidate data-testid="import-form">
        <FormFailure error={failure} />
        <FormField label={t('import.file')} errors={fileErrors} name="file">
          {(control) => <input {...control} type="file" accept=".csv,text/csv" onChange={(event) => choose(event.target.files?.[0] ?? null)} />}
        </FormField>
        <div className="form-actions">
          <button type="submit" className={checked?.report.ok ? 'button button-secondary' : 'button'} disabled={loading}>
            {loading && !checked ? t('import.checking') : t('import.check')}
          </button>
          {checked?.report.ok && (
            <button type="button" className="button" disabled={loading} onClick={() => void apply()}>
              {loading ? t('import.importing') : t('import.apply', { count: checked.report.rowCount })}
            </button>
          )}
        </div>
      </form>
      {checked && <ImportReportView report={checked.report} />}
      {applied && <ImportReportView report={applied} />}
    </section>
  );
}
