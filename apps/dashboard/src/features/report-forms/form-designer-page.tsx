import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { Link, useSearchParams } from 'react-router';
import { EmptyState, ErrorNotice, Loading } from '../../ui/status';
import { Designer } from './form-designer';
import { ReportFormQuery } from './report-forms.graphql';
import '../reports/reports.css';

export function NewReportFormPage() {
  const { t } = useI18n();
  return (
    <section>
      <Link to="/report-forms" className="back-link">
        {t('reportForms.back')}
      </Link>
      <h1>{t('reportDesigner.newHeading')}</h1>
      <p className="muted">{t('reportDesigner.intro')}</p>
      <Designer form={null} />
    </section>
  );
}

export function EditReportFormPage({ id }: { id: string }) {
  const { t, name } = useI18n();
  const created = useSearchParams()[0].get('created') === '1';
  const { data, loading, error, refetch } = useQuery(ReportFormQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading />;
  const form = data?.reportForm;
  if (!form) return error ? <ErrorNotice error={error} onRetry={() => void refetch()} /> : <EmptyState>{t('reportForms.notFound')}</EmptyState>;
  return (
    <section>
      <Link to="/report-forms" className="back-link">
        {t('reportForms.back')}
      </Link>
      <h1 data-testid="designer-heading">{name(form.title)}</h1>
      <div className="page-heading-links">
        <Link to={`/reports?form=${form.id}`}>{t('reportForms.reports')}</Link>
        <Link to={`/completeness/${form.id}`}>{t('reportForms.completeness')}</Link>
      </div>
      {created && (
        <p className="status status-success" role="status" data-testid="designer-created">
          {t('reportDesigner.created')}
        </p>
      )}
      {/* The form read after a save is the one stored (its revision and versions); the draft stays as typed, which is what was stored. */}
      <Designer form={form} />
    </section>
  );
}
