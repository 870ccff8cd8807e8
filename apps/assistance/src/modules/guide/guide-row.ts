import type { AssistanceSubtype, Direction } from '@birge/shared-reference';
import type { GuideLanguage } from './guide-enums';
import type { Guide, GuideVersion } from './guide.type';

export const GUIDE_COLUMNS = `g.id, g.owner_region_code AS "ownerRegionCode", g.language, g.title, g.description, g.subtypes, g.directions,
  g.latest_version AS "latestVersionNumber", g.created_by AS "createdBy", g.created_at AS "createdAt", g.updated_at AS "updatedAt", g.version`;

export const VERSION_COLUMNS = `v.id, v.guide_id AS "guideId", v.number, v.note, v.file_name AS "fileName", v.mime_type AS "mimeType", v.size_bytes AS "sizeBytes",
  v.sha256, v.storage_key AS "storageKey", v.created_by AS "createdBy", v.created_at AS "createdAt"`;

export interface GuideRow {
  id: string;
  ownerRegionCode: string | null;
  language: GuideLanguage;
  title: string;
  description: string | null;
  subtypes: AssistanceSubtype[];
  directions: Direction[];
  latestVersionNumber: number;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export function toGuide(row: GuideRow): Guide {
  return { ...row };
}

export type GuideVersionRow = GuideVersion;
