import { useI18n } from '../../i18n/i18n';
import { Link } from 'react-router';
import { DownloadButtons } from '../../ui/download-buttons';
import { ValuesFilterSelect } from '../../ui/filter-select';
import { ErrorNotice, LoadingOrError } from '../../ui/status';
import { useExportFile } from '../../ui/use-export-file';
import { insightFilterFor, REGION_KINDS } from '../analytics/analytics-filter';
import { Breakdown } from '../analytics/breakdown';
import { DimensionFilters } from '../analytics/dimension-filters';
import { KpiTiles } from '../analytics/kpi-tiles';
import { DEFAULT_MEASURE } from '../analytics/measures';
import { MeasureSelect } from '../analytics/measure-select';
import { NationalTrend } from '../analytics/national-trend';
import { PeriodSelect } from '../analytics/period-select';
import { RegionBarChart } from '../analytics/region-bar-chart';
import { RegionFiguresTable } from '../analytics/region-figures-table';
import { TileMap } from '../analytics/tile-map';
import { useAnalyticsAddress } from '../analytics/use-analytics-address';
import { useRegionFigures } from '../analytics/use-region-figures';
import { ExportNationalSummaryQuery, ExportRegionFiguresQuery } from './overview-export.graphql';

/**
 * The national overview for analysts and the republican office: KPI tiles, the map of the 20
 * regions and a chart coloured by the chosen measure, and every region's figures beside its open
 * needs. What is shown (measure, kind of region, sort, regions ticked to compare) lives in the
 * address. Nothing here ranks regions: the chart keeps the official order, and the table sorts
 * only when asked.
 */
export function OverviewPage() {
  const { t } = useI18n();
  const { view, set } = useAnalyticsAddress();
  const { rows, needs, data, loading, error, refetch, notCut, filter, measures } = useRegionFigures(view);
  const exportFigures = useExportFile(ExportRegionFiguresQuery);
  const exportSummary = useExportFile(ExportNationalSummaryQuery);

  const shown = rows.filter((row) => !view.kind || row.kind === view.kind);
  const period = data?.insights?.period;

  return (
    <section className="analytics-page">
      <h1>{t('overview.title')}</h1>
      <p className="lead">{t('analytics.overview.intro')}</p>
      <form className="filters analytics-filters" aria-label={t('analytics.filters')} onSubmit={(event) => event.preventDefault()}>
        <MeasureSelect value={view.measure} onChange={(measure) => set({ measure: measure === DEFAULT_MEASURE ? null : measure })} />
        <PeriodSelect value={view.period} onChange={(value) => set({ period: value })} />
        <ValuesFilterSelect
          label={t('analytics.filter.regionKind')}
          value={view.kind}
          onChange={(value) => set({ kind: value || null })}
          values={REGION_KINDS}
          labelOf={(kind) => t(`analytics.regionKinds.${kind}`)}
        />
      </form>
      <DimensionFilters view={view} measure={view.measure} onChange={set} />
      <DownloadButtons
        label={t('download.overview')}
        formats={['XLSX', 'CSV', 'PDF']}
        fetchFile={(format, language) => (format === 'PDF' ? exportSummary({ language }) : exportFigures({ format, language, filter, measures }))}
      />

      {!data && <LoadingOrError loading={loading} error={error} onRetry={() => void refetch()} />}
      {data && (
        <>
          {period && (
            <p className="muted small" data-testid="period-shown">
              {t('analytics.period.shown', { from: period.from, to: period.to })}
            </p>
          )}
          <KpiTiles rows={shown} openNeedsPartial={needs.partial} notCut={notCut} />
          <div className="analytics-layout">
            <TileMap rows={rows} measure={view.measure} included={view.kind ? (code) => shown.some((row) => row.code === code) : undefined} />
            <div>
              <RegionBarChart rows={shown} measure={view.measure} />
              <NationalTrend measure={view.measure} filter={insightFilterFor(view, view.measure, view.kind ? shown.map((row) => row.code) : null)} />
            </div>
          </div>
          <Breakdown view={view} regions={view.kind ? shown.map((row) => row.code) : null} onChange={set} />
          <h2>{t('overview.byRegion')}</h2>
          <RegionFiguresTable
            rows={shown}
            sort={view.sort}
            dir={view.dir}
            onSort={(sort, dir) => set({ sort, dir })}
            selected={view.compare}
            onSelect={(compare) => set({ compare: compare.join(',') || null })}
            notCut={notCut}
          />
          <div className="table-actions">
            {view.compare.length >= 2 ? (
              <Link to={`/compare?regions=${view.compare.join(',')}`} className="button" data-testid="compare-link">
                {t('analytics.compare.open', { count: view.compare.length })}
              </Link>
            ) : (
              <span className="muted small">{t('analytics.compare.hint')}</span>
            )}
          </div>
          {error != null && <ErrorNotice error={error} />}
          {needs.error != null && <ErrorNotice error={needs.error} />}
        </>
      )}
    </section>
  );
}
