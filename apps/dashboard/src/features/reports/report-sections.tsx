import type { ReactNode } from 'react';
import type { ReportFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import type { ReportField } from './report-answers';

/**
 * The report's fields grouped by their sections, in the form version's order. Section titles come
 * from the form; a section the current version no longer has shows its key.
 */
export function ReportSections({ report, children }: { report: ReportFieldsFragment; children: (field: ReportField) => ReactNode }) {
  const { name } = useI18n();
  const keys = [...new Set(report.fields.map((field) => field.sectionKey))];
  return (
    <>
      {keys.map((key) => {
        const section = report.form?.sections.find((candidate) => candidate.key === key);
        return (
          <section key={key} className="card report-section" aria-labelledby={`report-section-${key}`}>
            <h2 id={`report-section-${key}`}>{section ? name(section.title) : key}</h2>
            {report.fields.filter((field) => field.sectionKey === key).map((field) => children(field))}
          </section>
        );
      })}
    </>
  );
}
