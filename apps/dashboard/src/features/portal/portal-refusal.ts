import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { errorReasonOf } from '../../errors/graphql-errors';

export const PORTAL_REFUSALS = ['PORTAL_LINK_EXPIRED', 'PORTAL_LINK_REVOKED', 'PORTAL_LINK_INVALID'] as const;
export type PortalRefusal = (typeof PORTAL_REFUSALS)[number];

/** `extensions.reason` of the first error in a refusal's body (the gateway answers HTTP 401 with it). */
function reasonInBody(bodyText: string): unknown {
  try {
    const body = JSON.parse(bodyText) as { errors?: { extensions?: { reason?: unknown } }[] };
    return body.errors?.[0]?.extensions?.reason;
  } catch {
    return undefined;
  }
}

/**
 * Why the gateway refused the contact's link, from a failed query or mutation: expired, revoked, or
 * not valid; null when the failure is something else (a wrong field, the network).
 */
export function portalRefusalOf(error: unknown): PortalRefusal | null {
  const reason = CombinedGraphQLErrors.is(error) ? errorReasonOf(error) : ServerError.is(error) ? reasonInBody(error.bodyText) : undefined;
  return PORTAL_REFUSALS.find((refusal) => refusal === reason) ?? null;
}

/** The context every portal call carries: the contact's link, never a staff token. */
export type PortalContext = { headers: { authorization: string } };
