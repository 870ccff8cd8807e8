import { AccessRestriction, PORTAL_LINK_DEFAULT_DAYS, PORTAL_LINK_MAX_DAYS, Role, type Identity, type PortalLinkState } from '@birge/shared-reference';
import { accessError, ValidationError, type FieldError } from '@birge/server-kit';
import type { ContactPersonRecord } from '../organization/organization.entity';

const DAY_MS = 24 * 60 * 60 * 1000;

/** When a link issued at `now` for `validDays` (1 to 90, 30 when not given) expires. */
export function portalLinkExpiry(now: Date, validDays: number | null | undefined): Date {
  const days = validDays ?? PORTAL_LINK_DEFAULT_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > PORTAL_LINK_MAX_DAYS) {
    throw ValidationError.field('validDays', 'OUT_OF_RANGE', `must be a whole number of days from 1 to ${PORTAL_LINK_MAX_DAYS}`);
  }
  return new Date(now.getTime() + days * DAY_MS);
}

/** The contact person of the organization with this address who consented to be e-mailed, or why not. */
export function consentingContact(people: readonly ContactPersonRecord[], email: string): ContactPersonRecord {
  const address = email.trim().toLowerCase();
  const person = people.find((candidate) => candidate.emails.some((e) => e.toLowerCase() === address));
  if (!person) throw ValidationError.field('contactEmail', 'UNKNOWN_CONTACT', 'is not an address of any contact person of this organization');
  if (!person.emailConsent) throw ValidationError.field('contactEmail', 'NO_CONSENT', 'belongs to a contact who has not agreed to be e-mailed: record their consent first');
  return person;
}

/** A stored link's state at `now`. */
export function portalLinkState(link: { revokedAt: Date | null; expiresAt: Date } | null, now: Date): PortalLinkState {
  if (!link) return 'UNKNOWN';
  if (link.revokedAt) return 'REVOKED';
  return link.expiresAt.getTime() <= now.getTime() ? 'EXPIRED' : 'ACTIVE';
}

/** A proposal's values, trimmed, or the fields that are wrong. */
export function checkProposal(input: { description?: string | null; volunteerCount?: number | null; note?: string | null }): {
  description: string | null;
  volunteerCount: number | null;
  note: string | null;
} {
  const errors: FieldError[] = [];
  const description = input.description?.trim() || null;
  const note = input.note?.trim() || null;
  const volunteerCount = input.volunteerCount ?? null;
  if (description !== null && description.length < 10) errors.push({ field: 'description', code: 'TOO_SHORT', message: 'must be 10 to 4000 characters' });
  if (description !== null && description.length > 4000) errors.push({ field: 'description', code: 'TOO_LONG', message: 'must be 10 to 4000 characters' });
  if (volunteerCount !== null && (volunteerCount < 0 || volunteerCount > 1_000_000))
    errors.push({ field: 'volunteerCount', code: 'OUT_OF_RANGE', message: 'must be from 0 to 1,000,000' });
  if (note !== null && note.length > 1000) errors.push({ field: 'note', code: 'TOO_LONG', message: 'must be at most 1000 characters' });
  if (description === null && volunteerCount === null && !errors.length)
    errors.push({ field: 'description', code: 'NOTHING_PROPOSED', message: 'give a new description or volunteer count' });
  if (errors.length) throw new ValidationError(errors);
  return { description, volunteerCount, note };
}

/**
 * Portal links and proposals are the front office's work: staff of a region and republican
 * administrators (the region is checked after). Analysts are told their role does not see or
 * change them, partner keys that no scope reaches them, portal links that they open only a portal.
 */
export function assertFrontOffice(identity: Identity | null, access: 'read' | 'write'): Identity {
  if (!identity) throw accessError(AccessRestriction.SIGN_IN_REQUIRED);
  switch (identity.role) {
    case Role.REPUBLICAN_ADMIN:
    case Role.REGIONAL_STAFF:
      return identity;
    case Role.ANALYST:
      throw accessError(access === 'read' ? AccessRestriction.PERSONAL_DATA_HIDDEN_FOR_ROLE : AccessRestriction.READ_ONLY_ROLE, "organizations' portal links");
    case Role.PARTNER:
      throw accessError(AccessRestriction.MISSING_SCOPE, "organizations' portal links");
    case Role.ORGANIZATION_CONTACT:
      throw accessError(AccessRestriction.ORGANIZATION_PORTAL_ONLY);
  }
}
