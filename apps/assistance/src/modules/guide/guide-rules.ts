import { ASSISTANCE_CATALOG, AssistanceSubtype, AssistanceType } from '@birge/shared-reference';
import { invalidField } from '../common/coded-errors';
import { text } from '../programme/grant-programme-rules';

export function checkGuideTitle(title: string | null | undefined): string {
  const checked = text(title) ?? '';
  if (checked.length < 3 || checked.length > 300) throw invalidField('title', 'INVALID_LENGTH', 'must be 3 to 300 characters');
  return checked;
}

/** Tags without repeats, in the catalog's order, so two lists of the same tags read the same. */
export function uniqueTags<T extends string>(tags: readonly T[] | null | undefined, order: readonly T[]): T[] {
  const given = new Set(tags ?? []);
  return order.filter((tag) => given.has(tag));
}

/** The version note as stored: trimmed, null when blank. */
export function versionNote(note: string | null | undefined): string | null {
  return text(note);
}

/** Guides are attached to consultative help only (registration, grant and reporting documents). */
export function assertConsultative(type: string, requestId: string): void {
  if (type !== AssistanceType.CONSULTATIVE) {
    throw invalidField('requestId', 'NOT_CONSULTATIVE', `request ${requestId} is ${type.toLowerCase()} help; guides are attached to consultative requests`);
  }
}

/** A region's guide serves its own region's requests; the republican office's serve every region. */
export function assertGuideUsableIn(ownerRegionCode: string | null, requestRegionCode: string | null, guideId: string): void {
  if (ownerRegionCode !== null && ownerRegionCode !== requestRegionCode) {
    throw invalidField('guideId', 'GUIDE_OF_OTHER_REGION', `guide ${guideId} is kept by region ${ownerRegionCode} for its own requests`);
  }
}

export const SUBTYPE_ORDER: readonly AssistanceSubtype[] = Object.values(ASSISTANCE_CATALOG).flat();
