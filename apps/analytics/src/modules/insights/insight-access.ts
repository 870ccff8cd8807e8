import { accessError, assertRegionRead, type RequestContext } from '@birge/server-kit';
import { AccessRestriction, readableRegions, regionReadRestriction, REGION_CODES, type Identity } from '@birge/shared-reference';
import type { MiddlewareFn } from 'type-graphql';

/** Partners read the analytics API with `analytics:read`. */
export const INSIGHTS_SCOPE = 'analytics' as const;

/**
 * Root fields of the analytics API: republican administrators, analysts and partner keys with
 * analytics:read read every region; regional staff their own region only.
 */
export const InsightReaders: MiddlewareFn<RequestContext> = ({ context }, next) => {
  assertRegionRead(context.identity, context.identity?.regionCode ?? null, INSIGHTS_SCOPE);
  return next();
};

/**
 * The regions a query may cover: those asked for when every one is readable (another region is
 * FORBIDDEN, never silently dropped), otherwise every region the caller reads.
 */
export function readableInsightRegions(identity: Identity | null, requested: readonly string[] | null | undefined): string[] {
  if (requested?.length) {
    for (const code of requested) assertRegionRead(identity, code, INSIGHTS_SCOPE, `region ${code}`);
    return [...new Set(requested)];
  }
  const restriction = regionReadRestriction(identity, null, INSIGHTS_SCOPE);
  if (restriction && restriction !== AccessRestriction.OTHER_REGION) throw accessError(restriction);
  const readable = readableRegions(identity);
  return readable === 'ALL' ? [...REGION_CODES] : readable;
}
