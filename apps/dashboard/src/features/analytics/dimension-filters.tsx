import { useI18n } from '../../i18n/i18n';
import type { OverviewView } from './analytics-filter';
import { dimensionLabelKey, dimensionsOf, FIGURE_DIMENSIONS, valueLabelKey, type FigureDimension } from './dimensions';
import { insightMeasureOf, MEASURE_LABEL, type Measure } from './measures';

/**
 * Filters by every dimension that cuts the chosen measure (the organization's kind, legal form,
 * verification, directions, categories, modes; the request's type, sub-type, status, outcome; the
 * booked resource's kind): one choice each, "all" by default, folded away until used. A filter
 * kept in the address that does not cut the measure is named as not applied.
 */
export function DimensionFilters({ view, measure, onChange }: { view: OverviewView; measure: Measure; onChange: (changes: Record<string, string | null>) => void }) {
  const { t } = useI18n();
  const offered = dimensionsOf(insightMeasureOf(measure));
  const applied = offered.filter((entry) => view.filters[entry.field]?.length);
  const notApplied = FIGURE_DIMENSIONS.filter((entry) => view.filters[entry.field]?.length && !offered.includes(entry));
  const valueLabel = (entry: FigureDimension, value: string) => {
    const key = valueLabelKey(entry.dimension, value);
    return key ? t(key) : value;
  };
  if (!offered.length) {
    return (
      <p className="muted small" data-testid="dimension-filters-none">
        {t('analytics.filter.notForMeasure', { measure: t(MEASURE_LABEL[measure]) })}
      </p>
    );
  }
  return (
    <details className="dimension-filters card" open={applied.length > 0} data-testid="dimension-filters">
      <summary>
        {t('analytics.filter.dimensions')}
        {applied.length > 0 && <span className="badge">{t('analytics.filter.applied', { count: applied.length })}</span>}
      </summary>
      <div className="filters analytics-filters dimension-filters-grid">
        {offered.map((entry) => {
          const chosen = view.filters[entry.field] ?? [];
          const several = chosen.length > 1 ? chosen.join(',') : null;
          return (
            <label key={entry.field}>
              <span>{t(dimensionLabelKey(entry.dimension))}</span>
              <select value={several ?? chosen[0] ?? ''} data-field={entry.field} onChange={(event) => onChange({ [entry.field]: event.target.value || null })}>
                <option value="">{t('common.all')}</option>
                {several && <option value={several}>{t('analytics.filter.several', { count: chosen.length })}</option>}
                {entry.values.map((value) => (
                  <option key={value} value={value}>
                    {valueLabel(entry, value)}
                  </option>
                ))}
              </select>
            </label>
          );
        })}
      </div>
      {applied.length > 0 && (
        <button type="button" className="button-link" onClick={() => onChange(Object.fromEntries(FIGURE_DIMENSIONS.map((entry) => [entry.field, null])))}>
          {t('analytics.filter.clear')}
        </button>
      )}
      {notApplied.length > 0 && (
        <p className="muted small" data-testid="filters-not-applied">
          {t('analytics.filter.notApplied', {
            measure: t(MEASURE_LABEL[measure]),
            filters: notApplied.map((entry) => t(dimensionLabelKey(entry.dimension))).join(', '),
          })}
        </p>
      )}
    </details>
  );
}
