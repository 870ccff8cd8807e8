import { requireIdentity, type ReferenceResolvers } from '@birge/server-kit';
import type { RegistryContext } from '../../registry.context';

export const organizationReferences: ReferenceResolvers = {
  // Signed-in callers only, like the organization query; restricted fields follow the same rules (guardRestrictedFields).
  Organization: {
    __resolveReference: (reference: { id: string }, ctx: RegistryContext) => {
      requireIdentity(ctx);
      return ctx.services.organizations.loader(ctx.loaders).load(reference.id);
    },
  },
};
