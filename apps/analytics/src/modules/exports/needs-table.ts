import type { ExportTable } from '@birge/server-exports';
import { NEED_KIND_LABELS, NEED_STATUS_LABELS, NEED_THEME_LABELS, personalDataRestriction, type Identity } from '@birge/shared-reference';
import type { Need } from '../needs/need.type';
import type { ExportWords } from './export-labels';

/**
 * The register as a table, one row per entry. The narrative is free text that may name people: it
 * is written only for those the register's own masking shows it to (republican administrators and
 * the region's staff); others get the same "withheld" note in every row.
 */
export function needsTable(needs: Need[], words: ExportWords, identity: Identity | null): ExportTable {
  const { t } = words;
  return {
    name: t('needs.sheet'),
    columns: [
      { header: t('needs.column.region'), type: 'text', width: 22 },
      { header: t('needs.column.district'), type: 'text', width: 22 },
      { header: t('needs.column.theme'), type: 'text', width: 30 },
      { header: t('needs.column.kind'), type: 'text', width: 24 },
      { header: t('needs.column.status'), type: 'text', width: 18 },
      { header: t('needs.column.firstNoticedOn'), type: 'text', width: 14 },
      { header: t('needs.column.narrative'), type: 'text', width: 60 },
      { header: t('needs.column.organizations'), type: 'number', width: 12 },
      { header: t('needs.column.contacts'), type: 'number', width: 12 },
      { header: t('needs.column.requests'), type: 'number', width: 12 },
      { header: t('needs.column.trainings'), type: 'number', width: 12 },
      { header: t('needs.column.recordedAt'), type: 'date', width: 17 },
      { header: t('needs.column.updatedAt'), type: 'date', width: 17 },
    ],
    rows: needs.map((need) => [
      words.region(need.regionCode),
      need.district ? words.district(need.district.code) : t('needs.wholeRegion'),
      words.label(NEED_THEME_LABELS[need.theme]),
      words.label(NEED_KIND_LABELS[need.kind]),
      words.label(NEED_STATUS_LABELS[need.status]),
      need.firstNoticedOn,
      personalDataRestriction(identity, need.regionCode) ? t('withheld') : need.narrative,
      need.evidence.organizationIds.length,
      need.evidence.contactIds.length,
      need.evidence.assistanceRequestIds.length,
      need.evidence.trainingIds.length,
      need.createdAt,
      need.updatedAt,
    ]),
  };
}
