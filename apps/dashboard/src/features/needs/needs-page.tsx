import { useQuery } from '@apollo/client/react';
import { canWrite, regionOf, useViewer } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { AccessHidden } from '../../ui/access';
import { DownloadButtons } from '../../ui/download-buttons';
import { useExportFile } from '../../ui/use-export-file';
import { FilterSelect, ValuesFilterSelect } from '../../ui/filter-select';
import { PagedList } from '../../ui/paged-list';
import { RegionFilterSelect } from '../reference/region-select';
import { useRegionOptions } from '../reference/use-region-options';
import { NEED_KINDS, NEED_STATUSES, NEED_THEMES, needFilterFromQuery, needsQueryWith } from './need-filter';
import { ExportNeedsQuery } from './needs-export.graphql';
import { NEEDS_PAGE_SIZE, NeedsQuery } from './needs.graphql';

/** The first lines of a narrative for the list; the entry's page shows it whole. */
export function excerpt(text: string, length = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1).trimEnd()}…` : flat;
}

/**
 * The needs and problems register: a region's picture in words, filtered by region, district,
 * theme, kind and status, the most recently recorded first. Unscored by design: no priority and
 * no ranking, only the order entries were recorded in.
 */
export function NeedsPage() {
  const navigate = useNavigate();
  const { t, name } = useI18n();
  const viewer = useViewer();
  const ownRegion = regionOf(viewer);
  const [query] = useSearchParams();
  const filter = needFilterFromQuery(query, ownRegion);
  const regions = useRegionOptions();
  const needs = useQuery(NeedsQuery, { variables: { filter, first: NEEDS_PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const exportNeeds = useExportFile(ExportNeedsQuery);

  const region = regions.data?.regions.find((candidate) => candidate.code === filter.regionCode);
  const set = (key: Parameters<typeof needsQueryWith>[1]) => (value: string) => navigate(needsQueryWith(query, key, value));

  return (
    <section>
      <div className="page-heading">
        <h1>{t('needs.title')}</h1>
        {canWrite(viewer) && (
          <Link to="/needs/new" className="button">
            {t('needs.record')}
          </Link>
        )}
      </div>
      <p className="muted">{t('needs.intro')}</p>
      <form className="filters" aria-label={t('needs.filters')} onSubmit={(event) => event.preventDefault()}>
        {/* Regional staff read their own region's register only: no region to choose. */}
        {!ownRegion && <RegionFilterSelect label={t('needs.filter.region')} value={filter.regionCode ?? ''} onChange={set('region')} />}
        <FilterSelect
          label={t('needs.filter.district')}
          value={filter.districtCode ?? ''}
          onChange={set('district')}
          anyLabel={region ? t('needs.wholeRegionOrAny') : t('needs.filter.chooseRegionFirst')}
          options={(region?.districts ?? []).map((district) => ({ value: district.code, label: name(district.name) }))}
        />
        <ValuesFilterSelect label={t('needs.filter.theme')} value={filter.theme} onChange={set('theme')} values={NEED_THEMES} labelOf={(theme) => t(`needTheme.${theme}`)} />
        <ValuesFilterSelect label={t('needs.filter.kind')} value={filter.kind} onChange={set('kind')} values={NEED_KINDS} labelOf={(kind) => t(`needKind.${kind}`)} />
        <ValuesFilterSelect
          label={t('needs.filter.status')}
          value={filter.status}
          onChange={set('status')}
          values={NEED_STATUSES}
          labelOf={(status) => t(`needStatus.${status}`)}
        />
      </form>
      <DownloadButtons
        label={t('download.needs')}
        formats={['XLSX', 'CSV']}
        fetchFile={(format, language) => exportNeeds({ format: format === 'CSV' ? 'CSV' : 'XLSX', filter, language })}
      />

      <PagedList query={needs} connection={needs.data?.needs} totalTestId="needs-total" empty={t('needs.empty')}>
        {(nodes) => (
          <ul className="need-list" data-testid="needs-list">
            {nodes.map((node) => (
              <li key={node.id} className="card need-card">
                <div className="need-card-heading">
                  <Link to={`/needs/${node.id}`} className="need-card-link">
                    {t(`needTheme.${node.theme}`)}
                  </Link>
                  <span className={`badge need-status-${node.status.toLowerCase()}`}>{t(`needStatus.${node.status}`)}</span>
                </div>
                <div className="muted small">
                  {[
                    node.region ? name(node.region.name) : t('common.unavailable'),
                    node.district ? name(node.district.name) : t('needs.wholeRegion'),
                    t(`needKind.${node.kind}`),
                  ].join(' · ')}
                </div>
                <p className="need-card-narrative">{node.personalDataHidden ? <AccessHidden reason={node.personalDataHidden} /> : excerpt(node.narrative ?? '')}</p>
                <div className="muted small">{t('needs.firstNoticedOnValue', { date: node.firstNoticedOn })}</div>
              </li>
            ))}
          </ul>
        )}
      </PagedList>
    </section>
  );
}
