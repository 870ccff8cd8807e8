import type { ReferenceResolvers } from '@birge/server-kit';
import type { RegistryContext } from '../../registry.context';

export const organizationReferences: ReferenceResolvers = {
  Organization: {
    __resolveReference: (reference: { id: string }, ctx: RegistryContext) =>
      ctx.services.organizations.loader(ctx.loaders).load(reference.id),
  },
};
