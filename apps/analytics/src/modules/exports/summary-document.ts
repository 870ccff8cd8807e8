import { formatDateTime, numberFormat, type PdfBlock, type PdfDocumentModel, type PdfSection } from '@birge/server-exports';
import { NEED_KIND_LABELS, NEED_STATUS_LABELS, NEED_THEME_LABELS, personalDataRestriction, type Identity } from '@birge/shared-reference';
import type { RegionCoverage } from '../coverage/region-coverage.type';
import type { Need } from '../needs/need.type';
import type { NationalOverview } from '../overview/national-overview.type';
import type { ExportWords } from './export-labels';
import { districtsTable, regionsTable } from './overview-tables';

export interface SummaryFacts {
  overview: NationalOverview;
  /** The region of a regional summary, with its coverage; absent for the national one. */
  region?: { code: string; coverage: RegionCoverage };
  /** The open needs the reader may read, newest first, at most the listed bound. */
  openNeeds: Need[];
  /** How many open needs the reader may read in all. */
  openNeedCount: number;
  generatedAt: Date;
}

function needBlocks(words: ExportWords, needs: Need[], total: number, identity: Identity | null): PdfBlock[] {
  const { t } = words;
  if (needs.length === 0) return [{ kind: 'paragraph', text: t('summary.needs.none') }];
  const blocks: PdfBlock[] = needs.flatMap((need): PdfBlock[] => {
    const place = need.district ? `${words.region(need.regionCode)}, ${words.district(need.district.code)}` : words.region(need.regionCode);
    const line = t('summary.needs.line', {
      place,
      theme: words.label(NEED_THEME_LABELS[need.theme]),
      kind: words.label(NEED_KIND_LABELS[need.kind]),
      status: words.label(NEED_STATUS_LABELS[need.status]),
      date: need.firstNoticedOn,
    });
    // The narrative follows the register's masking: hidden from analysts, partners and other regions' staff.
    const narrative = personalDataRestriction(identity, need.regionCode) ? t('withheld') : (need.narrative ?? '');
    return [
      { kind: 'paragraph', text: line, strong: true },
      { kind: 'paragraph', text: narrative },
    ];
  });
  if (total > needs.length) blocks.push({ kind: 'paragraph', text: t('summary.needs.more', { count: total - needs.length }) });
  return blocks;
}

/**
 * A national or regional summary as a document: the figures, the table behind them (regions, or
 * the region's districts), and beside every number the open needs in the region's own words, as
 * the analytics issue asks (no score, no ranking).
 */
export function summaryDocument(words: ExportWords, facts: SummaryFacts, identity: Identity | null): PdfDocumentModel {
  const { t } = words;
  const regional = facts.region;
  const row = regional ? facts.overview.regions.find((r) => r.region.code === regional.code) : undefined;
  const figures = [
    { label: t('summary.figure.organizations'), value: row?.organizationCount ?? facts.overview.organizationCount },
    { label: t('summary.figure.openRequests'), value: row?.openRequestCount ?? facts.overview.openRequestCount },
    ...(regional
      ? [
          { label: t('summary.figure.districts'), value: regional.coverage.districtCount },
          { label: t('summary.figure.covered'), value: regional.coverage.coveredDistrictCount },
          { label: t('summary.figure.stale'), value: regional.coverage.staleDistrictCount },
          { label: t('summary.figure.never'), value: regional.coverage.neverContactedDistrictCount },
        ]
      : []),
    { label: t('summary.figure.openNeeds'), value: facts.openNeedCount },
  ];
  const number = numberFormat(words.locale);
  const sections: PdfSection[] = [
    {
      heading: t('summary.section.figures'),
      blocks: [
        { kind: 'keyValues', items: figures.map((figure) => ({ label: figure.label, value: number.format(figure.value) })) },
        { kind: 'paragraph', text: t('summary.note') },
      ],
    },
    regional
      ? { heading: t('summary.section.districts'), blocks: [{ kind: 'table', table: districtsTable(words, regional.coverage) }] }
      : { heading: t('summary.section.regions'), blocks: [{ kind: 'table', table: regionsTable(words, facts.overview) }] },
    { heading: t('summary.section.needs'), blocks: needBlocks(words, facts.openNeeds, facts.openNeedCount, identity) },
  ];
  return {
    title: regional ? t('summary.title.region', { region: words.region(regional.code) }) : t('summary.title.national'),
    subtitle: `${t('country')} · ${t('summary.subtitle', { date: formatDateTime(facts.generatedAt, words.locale) })}`,
    sections,
    locale: words.locale,
    generatedAt: facts.generatedAt,
  };
}
