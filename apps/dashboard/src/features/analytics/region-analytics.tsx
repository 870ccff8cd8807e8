import { useQuery } from '@apollo/client/react';
import type { InsightMeasure } from '../../gql/graphql';
import { useI18n, type LocalizedName } from '../../i18n/i18n';
import { Link } from 'react-router';
import { SortableTable, type SortableColumn } from '../../ui/sortable-table';
import { ErrorNotice, LoadingOrError } from '../../ui/status';
import { appliedFilterFields, insightFilterFor } from './analytics-filter';
import { RegionDrillDownQuery } from './analytics.graphql';
import { Breakdown } from './breakdown';
import { DimensionFilters } from './dimension-filters';
import { dimensionOfField } from './dimensions';
import { MeasureSelect } from './measure-select';
import { insightMeasureOf, MEASURE_LABEL, measuresCutBy, type Measure } from './measures';
import { NotCut } from './not-cut';
import { OpenNeedsList } from './open-needs-list';
import { PeriodSelect } from './period-select';
import { ReportNarrative } from './report-narrative';
import { TrendChart } from './trend-chart';
import { useAnalyticsAddress } from './use-analytics-address';
import { useInsightSeries } from './use-insight-series';
import { useOpenNeeds } from './use-open-needs';
import { valueOf } from './use-region-figures';
import './analytics.css';

const DISTRICT_MEASURES = ['organizations', 'requests', 'openRequests', 'overdueRequests', 'resolvedRequests', 'contacts'] as const;
type DistrictMeasure = (typeof DISTRICT_MEASURES)[number];

interface DistrictRow {
  code: string;
  name: LocalizedName | null;
  values: Record<DistrictMeasure, number | null>;
}

/**
 * A region's analytics below its coverage: the district matrix of figures over a period
 * (drill-down from the analytics API, sortable), the monthly trend of a chosen measure, and what
 * the figures must be read with: the region's open needs and its last report's narrative. The
 * period, the measure and the sort live in the address.
 */
export function RegionAnalytics({ code, districts }: { code: string; districts: readonly { code: string; name: LocalizedName }[] }) {
  const { t, name, formatNumber } = useI18n();
  const { view: addressed, set } = useAnalyticsAddress();
  const measure: Measure = addressed.measure === 'openNeeds' || addressed.measure === 'coverage' ? 'requests' : addressed.measure;
  const view = { ...addressed, measure };
  const filter = insightFilterFor(view, measure);
  // The district matrix asks only for the figures the dimension filters can cut; the others show a dash.
  const cut = measuresCutBy(appliedFilterFields(view, measure).map(dimensionOfField));
  const shownMeasures = DISTRICT_MEASURES.filter((key) => cut.includes(key));
  const drill = useQuery(RegionDrillDownQuery, {
    variables: { region: code, filter, measures: shownMeasures.map((key) => insightMeasureOf(key) as InsightMeasure) },
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const series = useInsightSeries({ ...filter, regions: [code] }, insightMeasureOf(measure));
  const needs = useOpenNeeds(code);

  const table = drill.data?.insightDrillDown;
  const context = table?.rows.find((row) => row.regionContext)?.regionContext ?? null;
  const byDistrict = new Map((table?.rows ?? []).map((row) => [row.keys.find((key) => key.dimension === 'DISTRICT')?.code ?? '', row]));
  const rowOf = (districtCode: string, label: LocalizedName | null): DistrictRow => {
    const found = byDistrict.get(districtCode);
    const values = Object.fromEntries(DISTRICT_MEASURES.map((key) => [key, table ? valueOf(found?.values, insightMeasureOf(key) as InsightMeasure) : null])) as Record<
      DistrictMeasure,
      number | null
    >;
    return { code: districtCode, name: label, values };
  };
  const rows: DistrictRow[] = [
    ...districts.map((district) => rowOf(district.code, district.name)),
    // Districts the API knows that the list does not (abolished ones), and records without a district.
    ...[...byDistrict.entries()]
      .filter(([districtCode]) => !districts.some((district) => district.code === districtCode))
      .map(([districtCode, row]) => rowOf(districtCode, row.keys.find((key) => key.dimension === 'DISTRICT')?.label ?? null)),
  ];
  const unavailable = t('common.unavailable');
  const columns: SortableColumn<DistrictRow>[] = [
    { key: 'name', label: t('region.column.district'), sortValue: (row) => (row.name ? name(row.name) : row.code), cell: (row) => (row.name ? name(row.name) : row.code) },
    ...DISTRICT_MEASURES.map((key) => ({
      key,
      label: t(MEASURE_LABEL[key]),
      numeric: true,
      sortValue: (row: DistrictRow) => row.values[key],
      cell: (row: DistrictRow) => (!shownMeasures.includes(key) ? <NotCut /> : row.values[key] == null ? unavailable : formatNumber(row.values[key] ?? 0)),
    })),
  ];

  return (
    <>
      <h2>{t('analytics.region.figures')}</h2>
      <form className="filters analytics-filters" aria-label={t('analytics.filters')} onSubmit={(event) => event.preventDefault()}>
        <PeriodSelect value={view.period} onChange={(value) => set({ period: value })} />
        <MeasureSelect value={measure} onChange={(value) => set({ measure: value })} />
      </form>
      <DimensionFilters view={view} measure={measure} onChange={set} />
      {table?.period && (
        <p className="muted small" data-testid="period-shown">
          {t('analytics.period.shown', { from: table.period.from, to: table.period.to })}
        </p>
      )}
      {!table ? (
        <LoadingOrError loading={drill.loading} error={drill.error} onRetry={() => void drill.refetch()} />
      ) : (
        <SortableTable
          testId="district-figures"
          caption={t('analytics.region.figures')}
          columns={columns}
          rows={rows}
          rowKey={(row) => row.code}
          sort={view.sort}
          dir={view.dir}
          onSort={(sort, dir) => set({ sort, dir })}
        />
      )}
      {table && drill.error != null && <ErrorNotice error={drill.error} />}
      <div className="analytics-layout analytics-layout-even">
        <div>
          {series.ready ? (
            <TrendChart
              testId="region-trend"
              caption={t('analytics.trend.caption', { measure: t(MEASURE_LABEL[measure]) })}
              months={series.months}
              lines={series.lines.map((line) => ({ id: line.code || code, label: t(MEASURE_LABEL[measure]), values: line.values }))}
            />
          ) : (
            series.error != null && <ErrorNotice error={series.error} onRetry={() => void series.refetch()} />
          )}
        </div>
        <div>
          <section className="card region-context" aria-labelledby="region-needs-title">
            <h3 id="region-needs-title">{t('analytics.needs.title')}</h3>
            <OpenNeedsList regionCode={code} needs={needs.byRegion ? (needs.byRegion.get(code) ?? []) : null} />
            <h3>{t('analytics.report.title')}</h3>
            <ReportNarrative narrative={context?.lastReportNarrative ?? null} period={context?.lastReportPeriod ?? null} />
          </section>
        </div>
      </div>
      <Breakdown view={view} regions={[code]} onChange={set} />
      <p>
        <Link to={`/compare?regions=${encodeURIComponent(code)}`}>{t('analytics.compare.link')}</Link>
      </p>
    </>
  );
}
