import type { Identity } from '@birge/shared-reference';
import type { GraphQLResponse } from '@birge/server-testing';
import { ADMIN, ALMATY, ANALYST, ASTANA, partner, staff } from './assistance-harness';

/** Every kind of caller, each tested against records of Astana. */
export const CALLERS = {
  admin: ADMIN,
  astanaStaff: staff('astana-1', ASTANA),
  almatyStaff: staff('almaty-1', ALMATY),
  analyst: ANALYST,
  partnerRead: partner('assistance:read'),
  partnerWrite: partner('assistance:write'),
  partnerOtherScope: partner('registry:read'),
  anonymous: null,
} satisfies Record<string, Identity | null>;

export type Caller = keyof typeof CALLERS;
export const CALLER_NAMES = Object.keys(CALLERS) as Caller[];

/** What a caller gets: the data, or an error with this code and reason. */
export type Outcome = 'OK' | { code: string; reason?: string };

export const UNAUTHENTICATED: Outcome = { code: 'UNAUTHENTICATED' };
export const OTHER_REGION: Outcome = { code: 'FORBIDDEN', reason: 'OTHER_REGION' };
export const READ_ONLY_ROLE: Outcome = { code: 'FORBIDDEN', reason: 'READ_ONLY_ROLE' };
export const MISSING_SCOPE: Outcome = { code: 'FORBIDDEN', reason: 'MISSING_SCOPE' };

/** Reading one region's records: admins, analysts and partners with assistance:read everywhere, staff their own region. */
export const READ_RULE: Record<Caller, Outcome> = {
  admin: 'OK',
  astanaStaff: 'OK',
  almatyStaff: OTHER_REGION,
  analyst: 'OK',
  partnerRead: 'OK',
  partnerWrite: 'OK',
  partnerOtherScope: MISSING_SCOPE,
  anonymous: UNAUTHENTICATED,
};

/** Changing one region's records: admins everywhere, staff their own region, partners with assistance:write; analysts never. */
export const WRITE_RULE: Record<Caller, Outcome> = {
  admin: 'OK',
  astanaStaff: 'OK',
  almatyStaff: OTHER_REGION,
  analyst: READ_ONLY_ROLE,
  // The kit refuses a partner's mutation without assistance:write before the resolver runs.
  partnerRead: MISSING_SCOPE,
  partnerWrite: 'OK',
  partnerOtherScope: MISSING_SCOPE,
  anonymous: UNAUTHENTICATED,
};

/** Whose personal data stays visible on an Astana record: republican admins and Astana's own staff. */
export const SEES_PERSONAL_DATA: Record<Caller, boolean> = {
  admin: true,
  astanaStaff: true,
  almatyStaff: false,
  analyst: false,
  partnerRead: false,
  partnerWrite: false,
  partnerOtherScope: false,
  anonymous: false,
};

/** The outcome of a response in the terms of Outcome, for one comparison per caller. */
export function outcomeOf(response: GraphQLResponse<unknown>): Outcome {
  const error = response.errors?.[0];
  if (!error) return 'OK';
  const { code, reason } = error.extensions ?? {};
  return reason === undefined ? { code: code as string } : { code: code as string, reason: reason as string };
}
