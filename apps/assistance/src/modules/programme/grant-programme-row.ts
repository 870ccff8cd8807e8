import type { Direction, GrantProgrammeEventBase, OrganizationKind } from '@birge/shared-reference';
import type { FunderKind } from './programme-enums';
import type { GrantProgramme } from './grant-programme.type';

export const PROGRAMME_COLUMNS = `p.id, p.owner_region_code AS "ownerRegionCode", p.funder_kind AS "funderKind", p.funder_id AS "funderId", p.funder_name AS "funderName",
  p.title_kk AS "titleKk", p.title_ru AS "titleRu", p.title_en AS "titleEn", p.description, p.directions, p.actor_kinds AS "actorKinds",
  p.region_codes AS "regionCodes", p.amount_min::float AS "amountMin", p.amount_max::float AS "amountMax", to_char(p.opens_on, 'YYYY-MM-DD') AS "opensOn",
  to_char(p.closes_on, 'YYYY-MM-DD') AS "closesOn", p.link, p.announced_at AS "announcedAt", p.created_by AS "createdBy", p.created_at AS "createdAt",
  p.updated_at AS "updatedAt", p.version`;

export interface ProgrammeRow {
  id: string;
  ownerRegionCode: string | null;
  funderKind: FunderKind;
  funderId: string | null;
  funderName: string;
  titleKk: string;
  titleRu: string;
  titleEn: string;
  description: string | null;
  directions: Direction[];
  actorKinds: OrganizationKind[];
  regionCodes: string[];
  amountMin: number | null;
  amountMax: number | null;
  opensOn: string;
  closesOn: string;
  link: string | null;
  announcedAt: Date | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

/** What a programme's creation and its changes write (its owner is set once, at creation). */
export type ProgrammeWrite = Pick<ProgrammeRow, 'description' | 'directions' | 'actorKinds' | 'regionCodes' | 'amountMin' | 'amountMax' | 'opensOn' | 'closesOn' | 'link'> & {
  funder: { kind: FunderKind; id: string | null; name: string };
  title: { kk: string; ru: string; en: string };
};

/** The columns of what a programme's creation and its changes write, with their values. */
export function programmeColumns(p: ProgrammeWrite) {
  return {
    funder_kind: p.funder.kind,
    funder_id: p.funder.id,
    funder_name: p.funder.name,
    title_kk: p.title.kk,
    title_ru: p.title.ru,
    title_en: p.title.en,
    description: p.description,
    directions: p.directions,
    actor_kinds: p.actorKinds,
    region_codes: p.regionCodes,
    amount_min: p.amountMin,
    amount_max: p.amountMax,
    opens_on: p.opensOn,
    closes_on: p.closesOn,
    link: p.link,
  };
}

export function toProgramme(row: ProgrammeRow): GrantProgramme {
  const { titleKk, titleRu, titleEn, ...rest } = row;
  return { ...rest, title: { kk: titleKk, ru: titleRu, en: titleEn } };
}

/** What the programme's events say of it. */
export function programmeEvent(p: GrantProgramme): GrantProgrammeEventBase {
  return {
    programmeId: p.id,
    title: { kk: p.title.kk, ru: p.title.ru, en: p.title.en },
    regionCodes: p.regionCodes,
    directions: p.directions,
    actorKinds: p.actorKinds,
    closesOn: p.closesOn,
    link: p.link,
    ownerRegionCode: p.ownerRegionCode,
  };
}
