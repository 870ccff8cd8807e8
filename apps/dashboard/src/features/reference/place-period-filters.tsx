import { Direction } from '@birge/shared-reference';
import type { ReactNode } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { regionOf, useViewer } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { FilterSelect, ValuesFilterSelect } from '../../ui/filter-select';
import { RegionFilterSelect } from './region-select';
import { useRegionOptions } from './use-region-options';

const DIRECTIONS = Object.values(Direction);

/** A log's filters as the address holds them: region (regional staff: their own by default), period and direction. */
export interface PlacePeriodFilter {
  regionCode?: string;
  districtCode?: string;
  from?: string;
  to?: string;
  direction?: Direction;
}

/** Reads the filters of a log page from the address and sets one of them. */
export function usePlacePeriodAddress(path: string) {
  const viewer = useViewer();
  const navigate = useNavigate();
  const [query] = useSearchParams();
  const regionParam = query.get('region');
  const regionCode = regionParam === 'all' ? '' : (regionParam ?? regionOf(viewer) ?? '');
  const filter: PlacePeriodFilter = {
    ...(regionCode ? { regionCode } : {}),
    ...(regionCode && query.get('district') ? { districtCode: query.get('district') ?? '' } : {}),
    ...(query.get('from') ? { from: query.get('from') ?? '' } : {}),
    ...(query.get('to') ? { to: query.get('to') ?? '' } : {}),
    ...(query.get('direction') ? { direction: query.get('direction') as Direction } : {}),
  };
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(query);
    if (value) next.set(key, value);
    else next.delete(key);
    // A district belongs to its region.
    if (key === 'region') next.delete('district');
    navigate(`${path}?${next.toString()}`);
  };
  return { query, filter, regionCode, setParam };
}

/** The filter form: region, its district, from, to, direction, then the page's own filters (`children`). */
export function PlacePeriodFilters({ address, children }: { address: ReturnType<typeof usePlacePeriodAddress>; children?: ReactNode }) {
  const { t, name } = useI18n();
  const { filter, regionCode, setParam } = address;
  const regions = useRegionOptions();
  const districts = regions.data?.regions.find((region) => region.code === regionCode)?.districts ?? [];
  return (
    <form className="filters" onSubmit={(event) => event.preventDefault()}>
      <RegionFilterSelect label={t('board.filter.region')} value={regionCode} onChange={(code) => setParam('region', code || 'all')} />
      {regionCode && (
        <FilterSelect
          label={t('organizations.filter.district')}
          value={filter.districtCode ?? ''}
          onChange={(code) => setParam('district', code)}
          options={districts.map((district) => ({ value: district.code, label: name(district.name) }))}
        />
      )}
      <label>
        {t('log.filter.from')}
        <input type="date" value={filter.from ?? ''} onChange={(event) => setParam('from', event.target.value)} />
      </label>
      <label>
        {t('log.filter.to')}
        <input type="date" value={filter.to ?? ''} onChange={(event) => setParam('to', event.target.value)} />
      </label>
      <ValuesFilterSelect
        label={t('programmes.filter.direction')}
        value={filter.direction}
        onChange={(value) => setParam('direction', value)}
        values={DIRECTIONS}
        labelOf={(code) => t(`direction.${code}`)}
      />
      {children}
    </form>
  );
}
