import { requireIdentity, type ReferenceResolvers } from '@birge/server-kit';
import type { RegistryContext } from '../../registry.context';

/** Referrals and grant programmes (assistance) point to directory entries; signed-in callers only, like the queries. */
export const directoryReferences: ReferenceResolvers = {
  StateBody: {
    __resolveReference: (reference: { id: string }, ctx: RegistryContext) => {
      requireIdentity(ctx);
      return ctx.services.stateBodies.loader(ctx.loaders).load(reference.id);
    },
  },
  Sponsor: {
    __resolveReference: (reference: { id: string }, ctx: RegistryContext) => {
      requireIdentity(ctx);
      return ctx.services.sponsors.loader(ctx.loaders).load(reference.id);
    },
  },
};
