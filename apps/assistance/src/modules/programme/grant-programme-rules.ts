import type { Identity } from '@birge/shared-reference';
import { Role } from '@birge/shared-reference';
import type { EntityManager } from 'typeorm';
import { invalidField } from '../common/coded-errors';
import { parseLocalDate } from '../common/local-date';
import { assertRegion } from '../common/region-code';
import type { DirectoryEntryService } from '../directory/directory-entry.service';
import type { FunderInput, ProgrammeTitleInput } from './grant-programme.inputs';
import { FunderKind } from './programme-enums';

const LINK = /^https?:\/\/[^\s]+\.[^\s]+$/;

export function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

export function checkTitle(title: ProgrammeTitleInput): ProgrammeTitleInput {
  const checked = { kk: text(title.kk) ?? '', ru: text(title.ru) ?? '', en: text(title.en) ?? '' };
  for (const language of ['kk', 'ru', 'en'] as const) {
    const value = checked[language];
    if (value.length < 3 || value.length > 300) throw invalidField(`title.${language}`, 'INVALID_LENGTH', 'must be 3 to 300 characters');
  }
  return checked;
}

export function checkLink(link: string | null): string | null {
  if (link && !LINK.test(link)) throw invalidField('link', 'INVALID_URL', 'must be a link starting with https://');
  return link;
}

export function checkPeriod(opensOn: string, closesOn: string): void {
  parseLocalDate(opensOn, 'opensOn');
  parseLocalDate(closesOn, 'closesOn');
  if (closesOn < opensOn) throw invalidField('closesOn', 'CLOSES_BEFORE_OPENS', `must not be before opensOn (${opensOn})`);
}

export function checkAmounts(min: number | null, max: number | null): void {
  if (min !== null && (!Number.isFinite(min) || min < 0)) throw invalidField('amountMin', 'NEGATIVE_AMOUNT', 'must be 0 or more');
  if (max !== null && (!Number.isFinite(max) || max < 0)) throw invalidField('amountMax', 'NEGATIVE_AMOUNT', 'must be 0 or more');
  if (min !== null && max !== null && min > max) throw invalidField('amountMax', 'AMOUNTS_REVERSED', 'must not be below amountMin');
}

/** The owner of a new programme: regional staff keep their own region's; the republican office any (null: its own). */
export function ownerOf(requested: string | null | undefined, identity: Identity): string | null {
  if (identity.role === Role.REGIONAL_STAFF) return requested || identity.regionCode;
  if (requested) assertRegion(requested, 'ownerRegionCode');
  return requested || null;
}

/** The regions a programme is open to: a region's programme its own region only. */
export function checkRegions(regionCodes: string[], owner: string | null): string[] {
  const codes = [...new Set(regionCodes.map((code) => code.trim()).filter(Boolean))];
  codes.forEach((code, i) => assertRegion(code, `regionCodes.${i}`));
  if (owner === null) return codes;
  if (codes.some((code) => code !== owner)) throw invalidField('regionCodes', 'REGION_NOT_OWN', `a programme of region ${owner} is open to that region only`);
  return [owner];
}

/** The funder as stored: a directory entry (its Kazakh name) or a name in text. */
export async function resolveFunder(manager: EntityManager, directory: DirectoryEntryService, funder: FunderInput): Promise<{ kind: FunderKind; id: string | null; name: string }> {
  if (funder.kind === FunderKind.OTHER) {
    const name = text(funder.name);
    if (!name || name.length < 2) throw invalidField('funder.name', 'REQUIRED', 'name the funder (2 to 300 characters), or choose a sponsor or state body of the directory');
    return { kind: funder.kind, id: null, name };
  }
  if (!funder.id) throw invalidField('funder.id', 'REQUIRED', 'choose the sponsor or state body of the directory');
  const entry = await directory.require(manager, funder.id, funder.kind === FunderKind.SPONSOR ? 'SPONSOR' : 'STATE_BODY', 'funder.id');
  return { kind: funder.kind, id: entry.id, name: entry.name.kk };
}
