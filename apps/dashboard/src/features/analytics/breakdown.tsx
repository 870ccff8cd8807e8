import type { InsightDimension } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { ErrorNotice, LoadingOrError } from '../../ui/status';
import { appliedFilterFields, insightFilterFor, type OverviewView } from './analytics-filter';
import { BreakdownChart } from './breakdown-chart';
import { BreakdownTable } from './breakdown-table';
import { dimensionLabelKey, dimensionOfField, dimensionsOf } from './dimensions';
import { insightMeasureOf, MEASURE_LABEL, measuresCutBy } from './measures';
import { useBreakdown, type BreakdownMeasure } from './use-breakdown';

/** The dimension a measure is broken down by until another is chosen: requests by sub-type, the rest by kind of organization. */
const DEFAULT_BY: readonly InsightDimension[] = ['REQUEST_SUBTYPE', 'ORGANIZATION_KIND', 'RESOURCE_KIND'];

/**
 * The chosen measure (and the other counts the same facts give) broken down by any dimension that
 * cuts it, filtered as the page is: a bar chart of the measure and a sortable table of them all.
 * The dimension and the table's sort live in the address (`by`, `bsort`, `bdir`).
 */
export function Breakdown({ view, regions, onChange }: { view: OverviewView; regions?: string[] | null; onChange: (changes: Record<string, string | null>) => void }) {
  const { t } = useI18n();
  const offered = dimensionsOf(insightMeasureOf(view.measure));
  const by = offered.find((entry) => entry.dimension === view.by)?.dimension ?? DEFAULT_BY.find((dimension) => offered.some((entry) => entry.dimension === dimension)) ?? null;
  const applied = appliedFilterFields(view, view.measure).map(dimensionOfField);
  const measures = by ? (measuresCutBy([...applied, by]).filter((measure) => measure !== 'coverage') as BreakdownMeasure[]) : [];
  const breakdown = useBreakdown(insightFilterFor(view, view.measure, regions), by, measures);
  const charted = measures.find((measure) => measure === view.measure) ?? measures[0];

  return (
    <section className="breakdown" aria-labelledby="breakdown-title" data-testid="breakdown">
      <h2 id="breakdown-title">{t('analytics.breakdown.title')}</h2>
      {!by || !charted ? (
        <p className="muted">{t('analytics.breakdown.notForMeasure', { measure: t(MEASURE_LABEL[view.measure]) })}</p>
      ) : (
        <>
          <form className="filters analytics-filters" aria-label={t('analytics.breakdown.title')} onSubmit={(event) => event.preventDefault()}>
            <label>
              <span>{t('analytics.breakdown.by')}</span>
              <select value={by} data-testid="breakdown-by" onChange={(event) => onChange({ by: event.target.value, bsort: null, bdir: null })}>
                {offered.map((entry) => (
                  <option key={entry.dimension} value={entry.dimension}>
                    {t(dimensionLabelKey(entry.dimension))}
                  </option>
                ))}
              </select>
            </label>
          </form>
          {['DIRECTION', 'CATEGORY', 'MODE'].includes(by) && <p className="muted small">{t('analytics.breakdown.multiValued')}</p>}
          {!breakdown.ready ? (
            <LoadingOrError loading={breakdown.loading} error={breakdown.error} onRetry={() => void breakdown.refetch()} />
          ) : (
            <>
              <BreakdownChart dimension={by} measure={charted} rows={breakdown.rows} />
              <BreakdownTable
                dimension={by}
                measures={measures}
                rows={breakdown.rows}
                total={breakdown.total}
                sort={view.breakdownSort}
                dir={view.breakdownDir}
                onSort={(sort, dir) => onChange({ bsort: sort, bdir: dir })}
              />
            </>
          )}
          {breakdown.ready && breakdown.error != null && <ErrorNotice error={breakdown.error} />}
        </>
      )}
    </section>
  );
}
