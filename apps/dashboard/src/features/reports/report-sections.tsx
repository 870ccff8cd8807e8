import type { ReactNode } from 'react';
import type { ReportFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import type { ReportField } from './report-answers';

/**
 * The report's fields grouped by the sections of its own form version, in order (a newer version
 * of the form does not change a report's sections).
 */
export function ReportSections({ report, children }: { report: ReportFieldsFragment; children: (field: ReportField) => ReactNode }) {
  const { name } = useI18n();
  return (
    <>
      {report.sections.map((section) => (
        <section key={section.key} className="card report-section" aria-labelledby={`report-section-${section.key}`}>
          <h2 id={`report-section-${section.key}`}>{name(section.title)}</h2>
          {report.fields.filter((field) => field.sectionKey === section.key).map((field) => children(field))}
        </section>
      ))}
    </>
  );
}
