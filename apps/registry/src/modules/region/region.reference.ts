import type { ReferenceResolvers } from '@birge/server-kit';
import type { RegistryContext } from '../../registry.context';

export const regionReferences: ReferenceResolvers = {
  Region: {
    __resolveReference: (reference: { code: string }, ctx: RegistryContext) => ctx.services.regions.region(reference.code),
  },
  District: {
    __resolveReference: (reference: { code: string }, ctx: RegistryContext) => ctx.services.regions.district(reference.code),
  },
};
