import { useI18n } from '../../i18n/i18n';
import { Link } from 'react-router';
import { buildScale, classify, NO_DATA } from './colour-scale';
import { formatMeasure, isCount, MEASURE_LABEL, measureValue, type Measure, type RegionFigures } from './measures';
import { REGION_TILES, TILE_COLUMNS, TILE_ROWS } from './region-tiles';
import './analytics.css';

/**
 * The map of the 20 regions as a tile cartogram (see region-tiles.ts), coloured by `measure`.
 * Every tile is a link to the region's page (its districts), named by the region and its value,
 * so the map reads the same with a keyboard and a screen reader; the legend says what each
 * colour stands for. Regions left out by a filter stay on the map, greyed, so the country keeps
 * its shape.
 */
export function TileMap({ rows, measure, included }: { rows: readonly RegionFigures[]; measure: Measure; included?: (code: string) => boolean }) {
  const { t, name, locale, formatNumber } = useI18n();
  const byCode = new Map(rows.map((row) => [row.code, row]));
  const shown = rows.filter((row) => !included || included(row.code));
  const scale = buildScale(
    shown.map((row) => measureValue(row, measure)),
    isCount(measure),
  );
  const unavailable = t('common.unavailable');
  const format = (value: number | null) => formatMeasure(measure, value, formatNumber, unavailable);
  const bound = (value: number) => (isCount(measure) ? formatNumber(value) : `${formatNumber(Math.round(value))}%`);

  return (
    <figure className="tile-map card" data-testid="tile-map" data-measure={measure}>
      <figcaption className="tile-map-caption">{t('analytics.map.caption', { measure: t(MEASURE_LABEL[measure]) })}</figcaption>
      <ul className="tile-map-grid" style={{ gridTemplateColumns: `repeat(${TILE_COLUMNS}, minmax(0, 1fr))`, gridTemplateRows: `repeat(${TILE_ROWS}, auto)` }}>
        {REGION_TILES.map((tile) => {
          const row = byCode.get(tile.code);
          if (!row) return null;
          const inFilter = !included || included(tile.code);
          const value = measureValue(row, measure);
          const colour = inFilter ? (classify(scale, value) ?? NO_DATA) : NO_DATA;
          return (
            <li key={tile.code} style={{ gridColumn: tile.column, gridRow: tile.row }}>
              <Link
                to={`/regions/${encodeURIComponent(tile.code)}`}
                className={`tile${inFilter ? '' : ' tile-excluded'}${value == null ? ' tile-no-data' : ''}`}
                style={{ background: colour.fill, color: colour.text }}
                data-testid={`tile-${tile.code}`}
                data-value={value ?? ''}
                data-fill={colour.fill}
              >
                <span className="tile-short" aria-hidden="true">
                  {tile.short[locale]}
                </span>
                <span className="tile-abbr" aria-hidden="true">
                  {tile.abbr[locale]}
                </span>
                <span className="visually-hidden">{name(row.name)}: </span>
                <span className="tile-value">{inFilter ? format(value) : <span className="visually-hidden">{t('analytics.map.filteredOut')}</span>}</span>
              </Link>
            </li>
          );
        })}
      </ul>
      <div className="tile-legend" data-testid="map-legend">
        <span className="tile-legend-title">{t(MEASURE_LABEL[measure])}</span>
        <ul className="tile-legend-items">
          {scale.map((scaleClass) => (
            <li key={`${scaleClass.from}-${scaleClass.to}`}>
              <span className="tile-legend-swatch" style={{ background: scaleClass.fill }} aria-hidden="true" />
              {scaleClass.from === scaleClass.to ? bound(scaleClass.from) : t('analytics.map.range', { from: bound(scaleClass.from), to: bound(scaleClass.to) })}
            </li>
          ))}
          <li>
            <span className="tile-legend-swatch tile-legend-no-data" style={{ background: NO_DATA.fill }} aria-hidden="true" />
            {t('analytics.map.noData')}
          </li>
        </ul>
      </div>
    </figure>
  );
}
