import { useQuery } from '@apollo/client/react';
import { canWrite, regionOf, useViewer } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { FilterSelect, ValuesFilterSelect } from '../../ui/filter-select';
import { PagedList } from '../../ui/paged-list';
import { RegionFilterSelect } from '../reference/region-select';
import { ReportFormsQuery } from '../report-forms/report-forms.graphql';
import { OpenReportForm } from './open-report-form';
import { REPORT_STATUSES, reportFilterFromQuery, reportsQueryWith } from './report-filter';
import { ReportStatusBadge } from './report-status';
import { REPORTS_PAGE_SIZE, ReportsQuery } from './reports.graphql';
import './reports.css';

/**
 * The periodic reports, the most recently changed first, by form, region, period and status (kept
 * in the address): the region's staff see their own region's and open the one to fill; the
 * republican office reviews any.
 */
export function ReportsPage() {
  const navigate = useNavigate();
  const { t, name, formatDate } = useI18n();
  const viewer = useViewer();
  const ownRegion = regionOf(viewer);
  const [query] = useSearchParams();
  const filter = reportFilterFromQuery(query, ownRegion);
  const forms = useQuery(ReportFormsQuery, { variables: { first: 100 }, fetchPolicy: 'cache-and-network' });
  const reports = useQuery(ReportsQuery, { variables: { filter, first: REPORTS_PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const formNodes = forms.data?.reportForms.edges.map((edge) => edge.node) ?? [];
  const set = (key: Parameters<typeof reportsQueryWith>[1]) => (value: string) => navigate(reportsQueryWith(query, key, value));

  return (
    <section>
      <div className="page-heading">
        <h1>{t('reports.title')}</h1>
        <Link to="/report-forms">{t('reports.forms')}</Link>
      </div>
      <p className="muted">{t('reports.intro')}</p>
      {canWrite(viewer) && formNodes.length > 0 && (
        <OpenReportForm key={String(filter.formId ?? '')} forms={formNodes} initialFormId={filter.formId ? String(filter.formId) : null} />
      )}
      <form className="filters" aria-label={t('reports.filters')} onSubmit={(event) => event.preventDefault()}>
        <FilterSelect
          label={t('reports.form')}
          value={filter.formId ?? ''}
          onChange={set('form')}
          options={formNodes.map((form) => ({ value: form.id, label: name(form.title) }))}
        />
        {!ownRegion && <RegionFilterSelect label={t('reports.region')} value={filter.regionCode ?? ''} onChange={set('region')} />}
        <ValuesFilterSelect label={t('reports.status')} value={filter.status} onChange={set('status')} values={REPORT_STATUSES} labelOf={(status) => t(`reportStatus.${status}`)} />
      </form>

      <PagedList query={reports} connection={reports.data?.reports} totalTestId="reports-total" empty={t('reports.empty')}>
        {(nodes) => (
          <ul className="report-list" data-testid="reports-list">
            {nodes.map((node) => (
              <li key={node.id} className="card report-card">
                <div className="report-card-heading">
                  <Link to={`/reports/${node.id}`}>{t('reports.cardTitle', { form: name(node.form?.title), period: node.period })}</Link>
                  <ReportStatusBadge status={node.status} overdue={node.overdue} />
                </div>
                <div className="muted small">
                  {[
                    node.region ? name(node.region.name) : t('common.unavailable'),
                    t('reports.dueOn', { date: node.dueOn }),
                    t('reports.changed', { date: formatDate(node.updatedAt) }),
                  ].join(' · ')}
                </div>
              </li>
            ))}
          </ul>
        )}
      </PagedList>
    </section>
  );
}
