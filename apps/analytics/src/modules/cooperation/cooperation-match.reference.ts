import type { ReferenceResolvers } from '@birge/server-kit';
import type { AnalyticsContext } from '../../analytics.context';

/** A match reaches analytics by its key; the region of the organization asked about decides who reads its needs. */
export const cooperationMatchReferences: ReferenceResolvers = {
  CooperationMatch: {
    __resolveReference: (reference: { forOrganizationId: string; otherOrganizationId: string }, ctx: AnalyticsContext) =>
      ctx.services.cooperationNeeds.match(ctx.loaders, reference),
  },
};
