import { useI18n } from '../../i18n/i18n';
import { isMeasure, MEASURE_LABEL, MEASURES, type Measure } from './measures';

/** The measure the map, the chart and the KPI highlight show; every choice is a figure, none is "all". */
export function MeasureSelect({ value, onChange }: { value: Measure; onChange: (measure: Measure) => void }) {
  const { t } = useI18n();
  return (
    <label>
      <span>{t('analytics.filter.measure')}</span>
      <select value={value} onChange={(event) => isMeasure(event.target.value) && onChange(event.target.value)}>
        {MEASURES.map((measure) => (
          <option key={measure} value={measure}>
            {t(MEASURE_LABEL[measure])}
          </option>
        ))}
      </select>
    </label>
  );
}
