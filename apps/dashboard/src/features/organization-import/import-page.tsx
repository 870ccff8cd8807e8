import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { z } from 'zod';
import { useI18n } from '../../i18n/i18n';
import { Link } from 'react-router';
import { FormField } from '../../ui/form-field';
import { FormFailure } from '../../ui/form-failure';
import { useSchemaForm } from '../../ui/schema-form';
import { csvFileSchema } from './import-file';
import { ImportReportView, type ImportReport } from './import-report';
import { ImportOrganizationsMutation } from './organization-import.graphql';

const importSchema = z.object({ file: csvFileSchema });

/**
 * CSV import: pick a UTF-8 file, check it (a dry run writes nothing and reports every problem by
 * line and column), then import it. All or nothing per file; re-importing changes nothing.
 */
export function ImportPage() {
  const { t } = useI18n();
  const { form, errors, failure, submit, setFailure } = useSchemaForm(importSchema, { defaultValues: { file: null as unknown as File } });
  const [checked, setChecked] = useState<{ csv: string; report: ImportReport } | null>(null);
  const [applied, setApplied] = useState<ImportReport | null>(null);
  const [importOrganizations, { loading }] = useMutation(ImportOrganizationsMutation);
  form.register('file');

  /** A new file: what was checked or imported before is gone, and so are the old file's errors. */
  function choose(next: File | null) {
    form.setValue('file', next as File);
    form.clearErrors('file');
    setChecked(null);
    setApplied(null);
    setFailure(null);
  }

  const dryRun = submit(async ({ file: csv }) => {
    const { data } = await importOrganizations({ variables: { csv, dryRun: true } });
    if (data) setChecked({ csv, report: data.importOrganizations });
  });

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
      <form
        className="form card"
        onSubmit={(event) => {
          setChecked(null);
          setApplied(null);
          void dryRun(event);
        }}
        noValidate
        data-testid="import-form"
      >
        <FormFailure error={failure} />
        <FormField label={t('import.file')} errors={errors['file']} name="file">
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
