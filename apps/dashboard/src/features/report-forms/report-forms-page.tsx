import { useQuery } from '@apollo/client/react';
import { isAdmin, useViewer } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { Link } from 'react-router';
import { PagedList } from '../../ui/paged-list';
import { REPORT_FORMS_PAGE_SIZE, ReportFormsQuery } from './report-forms.graphql';
import '../reports/reports.css';

/**
 * The periodic report forms, the most recently made first: each with its period type, due day and
 * version, and links to its reports and its completeness matrix; the republican office designs
 * new ones and changes them here.
 */
export function ReportFormsPage() {
  const { t, name } = useI18n();
  const admin = isAdmin(useViewer());
  const reportForms = useQuery(ReportFormsQuery, { variables: { first: REPORT_FORMS_PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  return (
    <section>
      <div className="page-heading">
        <h1>{t('reportForms.title')}</h1>
        {admin && (
          <Link to="/report-forms/new" className="button">
            {t('reportForms.new')}
          </Link>
        )}
      </div>
      <p className="muted">{t('reportForms.intro')}</p>
      <PagedList
        query={reportForms}
        connection={reportForms.data?.reportForms}
        totalTestId="report-forms-total"
        empty={admin ? t('reportForms.emptyAdmin') : t('reportForms.empty')}
      >
        {(nodes) => (
          <ul className="report-form-list" data-testid="report-forms-list">
            {nodes.map((node) => (
              <li key={node.id} className="card">
                <h2 className="report-form-card-title">{name(node.title)}</h2>
                <div className="muted small">
                  {[
                    t(`reportPeriodType.${node.periodType}`),
                    t('reportForms.dueDays', { days: node.dueDays }),
                    t('reportForms.regionCount', { count: node.regionCodes.length }),
                    t('reportForms.version', { version: node.version }),
                  ].join(' · ')}
                </div>
                <div className="page-heading-links">
                  {/* Every card has the same three links: the form's title, hidden, tells them apart for screen readers. */}
                  <Link to={`/reports?form=${node.id}`}>
                    {t('reportForms.reports')}
                    <span className="visually-hidden"> · {name(node.title)}</span>
                  </Link>
                  <Link to={`/completeness/${node.id}`}>
                    {t('reportForms.completeness')}
                    <span className="visually-hidden"> · {name(node.title)}</span>
                  </Link>
                  {admin && (
                    <Link to={`/report-forms/${node.id}`}>
                      {t('reportForms.edit')}
                      <span className="visually-hidden"> · {name(node.title)}</span>
                    </Link>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </PagedList>
    </section>
  );
}
