import type { Caller } from './callers';

/**
 * What a caller gets: `ok` (served, no error), UNAUTHENTICATED, NOT_FOUND, BAD_USER_INPUT (the call is allowed, its input wrong), or FORBIDDEN with the
 * reason (an AccessRestriction) in extensions.reason, which must be there.
 */
export type Outcome =
  | 'ok'
  | 'UNAUTHENTICATED'
  | 'OTHER_REGION'
  | 'READ_ONLY_ROLE'
  | 'MISSING_SCOPE'
  | 'ADMIN_ONLY'
  | 'PERSONAL_DATA_HIDDEN_FOR_ROLE'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'ORGANIZATION_PORTAL_ONLY';

/**
 * An organization contact's portal link reaches only the organizationPortal operations and what
 * anyone may read: where a rule does not say, it is told ORGANIZATION_PORTAL_ONLY (portalOutcome).
 */
export type Expectations = Record<Exclude<Caller, 'portal'>, Outcome> & { portal?: Outcome };

/** The portal caller's outcome under a rule: as stated, or refused as only a portal link. */
export function portalOutcome(expect: Expectations): Outcome {
  return expect.portal ?? 'ORGANIZATION_PORTAL_ONLY';
}

/** Served to every signed-in caller and every partner key; callers without a token are told to sign in. Each rule says where it differs. */
const SIGNED_IN: Expectations = {
  admin: 'ok',
  staffOwn: 'ok',
  staffOther: 'ok',
  analyst: 'ok',
  partnerRead: 'ok',
  partnerWrite: 'ok',
  partnerNarrow: 'ok',
  anonymous: 'UNAUTHENTICATED',
};

/** No partner key reaches it, whatever its scopes. */
const NO_PARTNER: Pick<Expectations, 'partnerRead' | 'partnerWrite' | 'partnerNarrow'> = {
  partnerRead: 'MISSING_SCOPE',
  partnerWrite: 'MISSING_SCOPE',
  partnerNarrow: 'MISSING_SCOPE',
};

/**
 * The rules, written out per caller rather than computed from the policy code, so that
 * the matrix checks the code against the rules and not against itself.
 */
export const RULES = {
  /** Reference data anyone may read (regions and districts, the assistance catalog). */
  publicReference: { ...SIGNED_IN, partnerNarrow: 'MISSING_SCOPE', anonymous: 'ok', portal: 'ok' },
  /** Public registry data: every signed-in role, every region; partners need registry:read. */
  registryPublic: { ...SIGNED_IN, partnerNarrow: 'MISSING_SCOPE' },
  /** Aggregated figures: every signed-in role; partners need analytics:read. */
  analyticsFigures: SIGNED_IN,
  /** A region's operational records: staff only their own region; partners need the subgraph's read scope. */
  regionRead: { ...SIGNED_IN, staffOther: 'OTHER_REGION', partnerNarrow: 'MISSING_SCOPE' },
  /** A region's analytics records (the needs register): staff only their own region; partners with analytics:read. */
  analyticsRegionRead: { ...SIGNED_IN, staffOther: 'OTHER_REGION' },
  /** Changing a region's analytics records: admin anywhere, staff in their own region; no partner key writes analytics, analysts never. */
  analyticsRegionWrite: { ...SIGNED_IN, staffOther: 'OTHER_REGION', analyst: 'READ_ONLY_ROLE', ...NO_PARTNER },
  /**
   * A region's feedback threads, read or written: only its own staff and republican administrators. Analysts are told their role does
   * not see the correspondence, partners that no scope reaches it.
   */
  feedbackParticipants: { ...SIGNED_IN, staffOther: 'OTHER_REGION', analyst: 'PERSONAL_DATA_HIDDEN_FOR_ROLE', ...NO_PARTNER },
  /** Changing a region's records: admin anywhere, staff in their own region, partners with a write scope, never analysts. */
  regionWrite: { ...SIGNED_IN, staffOther: 'OTHER_REGION', analyst: 'READ_ONLY_ROLE', partnerRead: 'MISSING_SCOPE', partnerNarrow: 'MISSING_SCOPE' },
  /** Republican administration (districts, accounts, keys, the audit log); partners reach none of it. */
  adminOnly: { ...SIGNED_IN, staffOwn: 'ADMIN_ONLY', staffOther: 'ADMIN_ONLY', analyst: 'ADMIN_ONLY', ...NO_PARTNER },
  /** A staff member's own things (their account, inbox); partners have no staff account. */
  ownAccount: { ...SIGNED_IN, ...NO_PARTNER },
  /** Signing in and refreshing a session: open to callers without a token; partners use keys, not sessions. */
  credentials: { ...SIGNED_IN, ...NO_PARTNER, anonymous: 'ok', portal: 'ok' },
} satisfies Record<string, Expectations>;

export function describeOutcome(response: { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] }): Outcome | string {
  const error = response.errors?.[0];
  if (!error) return 'ok';
  const code = String(error.extensions?.code ?? 'NO_CODE');
  if (code === 'FORBIDDEN' && typeof error.extensions?.reason === 'string') return error.extensions.reason;
  return code;
}

export function matches(actual: string, expected: Outcome): boolean {
  return actual === expected;
}
