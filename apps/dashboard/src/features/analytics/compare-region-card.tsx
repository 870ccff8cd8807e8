import { Fragment } from 'react';
import { useI18n } from '../../i18n/i18n';
import { Link } from 'react-router';
import { formatMeasure, MEASURE_LABEL, type Measure, type RegionFigures } from './measures';
import { OpenNeedsList } from './open-needs-list';
import { ReportNarrative } from './report-narrative';
import type { RegisterNeed } from './use-open-needs';

const SHOWN: readonly Measure[] = ['organizations', 'newOrganizations', 'requests', 'openRequests', 'overdueRequests', 'resolvedRequests', 'contacts'];

/** One region's figures with its open needs and last report beside them. */
export function CompareRegionCard({ row, needs }: { row: RegionFigures; needs: RegisterNeed[] | null }) {
  const { t, name, formatNumber } = useI18n();
  const unavailable = t('common.unavailable');
  return (
    <article className="card compare-card" data-testid={`compare-${row.code}`}>
      <h2>
        <Link to={`/regions/${encodeURIComponent(row.code)}`}>{name(row.name)}</Link>
      </h2>
      <dl>
        {SHOWN.map((measure) => (
          <Fragment key={measure}>
            <dt>{t(MEASURE_LABEL[measure])}</dt>
            <dd data-testid={`compare-${row.code}-${measure}`}>{formatMeasure(measure, row[measure as Exclude<Measure, 'coverage'>], formatNumber, unavailable)}</dd>
          </Fragment>
        ))}
        <dt>{t('analytics.kpi.coveredDistricts')}</dt>
        <dd>{row.coverage ? t('regions.coverage.value', { covered: formatNumber(row.coverage.covered), total: formatNumber(row.coverage.total) }) : unavailable}</dd>
      </dl>
      <h3>{t('analytics.needs.title')}</h3>
      <OpenNeedsList regionCode={row.code} needs={needs} />
      <h3>{t('analytics.report.title')}</h3>
      <ReportNarrative narrative={row.lastReport?.narrative ?? null} period={row.lastReport?.period ?? null} />
    </article>
  );
}
