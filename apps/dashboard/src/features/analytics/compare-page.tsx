import { useI18n } from '../../i18n/i18n';
import { Link } from 'react-router';
import { EmptyState, ErrorNotice, LoadingOrError } from '../../ui/status';
import { isMeasure, type Measure } from './measures';
import { insightFilterFor, regionCodesFrom } from './analytics-filter';
import { CompareChart } from './compare-chart';
import { CompareRegionCard } from './compare-region-card';
import { CompareTrend } from './compare-trend';
import { DimensionFilters } from './dimension-filters';
import { MeasureSelect } from './measure-select';
import { PeriodSelect } from './period-select';
import { useAnalyticsAddress } from './use-analytics-address';
import { useRegionFigures } from './use-region-figures';
import { useRegionOptions } from '../reference/use-region-options';
import './analytics.css';

/**
 * Two or more regions side by side (`#/compare?regions=100000000,710000000&period=2026`): their
 * figures in one chart, their monthly trend as lines, and a card each with its open needs and
 * its last report's narrative, in the order they were chosen. Nothing is ranked.
 */
export function ComparePage() {
  const { t, name } = useI18n();
  const { query, view: addressed, set } = useAnalyticsAddress();
  const codes = regionCodesFrom(query.get('regions'));
  const period = addressed.period;
  const measureParam = query.get('measure');
  const measure: Measure = isMeasure(measureParam) ? measureParam : 'requests';
  const view = { ...addressed, measure };
  const { data, loading, error, refetch, needs, rows, notCut } = useRegionFigures(view, codes, codes.length < 2);
  const chosen = codes.map((code) => rows.find((row) => row.code === code)).filter((row) => row != null);
  const allRegions = useRegionOptions().data?.regions ?? [];

  const toggle = (code: string) => set({ regions: (codes.includes(code) ? codes.filter((candidate) => candidate !== code) : [...codes, code]).join(',') || null });

  return (
    <section className="analytics-page">
      <Link to="/" className="back-link">
        {t('analytics.compare.back')}
      </Link>
      <h1>{t('analytics.compare.title')}</h1>
      <p className="lead">{t('analytics.compare.intro')}</p>
      <form className="filters analytics-filters" aria-label={t('analytics.filters')} onSubmit={(event) => event.preventDefault()}>
        <PeriodSelect value={period} onChange={(value) => set({ period: value })} />
        <MeasureSelect value={measure} onChange={(value) => set({ measure: value })} />
      </form>
      <DimensionFilters view={view} measure={measure} onChange={set} />
      {allRegions.length > 0 && (
        <fieldset className="compare-picker" data-testid="compare-picker">
          <legend>{t('analytics.compare.choose')}</legend>
          <ul>
            {allRegions.map((region) => (
              <li key={region.code}>
                <label>
                  <input type="checkbox" checked={codes.includes(region.code)} onChange={() => toggle(region.code)} />
                  {name(region.name)}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      {codes.length < 2 ? (
        <EmptyState>{t('analytics.compare.needTwo')}</EmptyState>
      ) : !data ? (
        <LoadingOrError loading={loading} error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <CompareChart rows={chosen} notCut={notCut} />
          <CompareTrend
            codes={codes}
            names={new Map(chosen.map((row) => [row.code, name(row.name)]))}
            measure={measure === 'openNeeds' ? 'requests' : measure}
            filter={insightFilterFor(view, measure === 'openNeeds' ? 'requests' : measure, codes)}
          />
          <div className="compare-grid" data-testid="compare-cards">
            {chosen.map((row) => (
              <CompareRegionCard key={row.code} row={row} needs={needs.byRegion?.get(row.code) ?? (needs.byRegion ? [] : null)} />
            ))}
          </div>
          {error != null && <ErrorNotice error={error} />}
        </>
      )}
    </section>
  );
}
