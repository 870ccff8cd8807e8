import type { ExportTable } from '@birge/server-exports';
import type { RegionCoverage } from '../coverage/region-coverage.type';
import type { NationalOverview } from '../overview/national-overview.type';
import type { ExportWords } from './export-labels';

/** `nationalOverview` as a table: the 20 regions in official order, then the country's total. */
export function regionsTable({ t, region }: ExportWords, overview: NationalOverview): ExportTable {
  return {
    name: t('overview.sheet'),
    columns: [
      { header: t('overview.column.region'), type: 'text', width: 34 },
      { header: t('overview.column.code'), type: 'text', width: 12 },
      { header: t('overview.column.organizations'), type: 'number', width: 14 },
      { header: t('overview.column.openRequests'), type: 'number', width: 14 },
    ],
    rows: [
      ...overview.regions.map((row) => [region(row.region.code), row.region.code, row.organizationCount, row.openRequestCount]),
      [t('overview.total'), null, overview.organizationCount, overview.openRequestCount],
    ],
  };
}

/** A region's district coverage as a table: every district with its organizations, contacts and contact status. */
export function districtsTable({ t, district }: ExportWords, coverage: RegionCoverage): ExportTable {
  return {
    name: t('coverage.sheet'),
    columns: [
      { header: t('coverage.column.district'), type: 'text', width: 30 },
      { header: t('coverage.column.code'), type: 'text', width: 12 },
      { header: t('coverage.column.organizations'), type: 'number', width: 12 },
      { header: t('coverage.column.contacts'), type: 'number', width: 15 },
      { header: t('coverage.column.status'), type: 'text', width: 14 },
      // A day (the contact log keeps days), not a moment: written as YYYY-MM-DD.
      { header: t('coverage.column.lastContact'), type: 'text', width: 14 },
    ],
    rows: coverage.districts.map((row) => [
      district(row.district.code),
      row.district.code,
      row.organizationCount,
      row.contactCount,
      t(`coverage.status.${row.status}`),
      row.lastContactAt ? row.lastContactAt.toISOString().slice(0, 10) : null,
    ]),
  };
}
