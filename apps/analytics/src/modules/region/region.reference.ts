import type { ReferenceResolvers } from '@birge/server-kit';
import type { Region, RegionRepresentation } from './region.type';

/**
 * Analytics holds no region rows: the representation (code and the required districts) is the
 * Region; its coverage is computed from it by the field resolver.
 */
export const regionReferences: ReferenceResolvers = {
  Region: {
    __resolveReference: (reference: RegionRepresentation): Region => ({
      code: reference.code,
      districts: reference.districts?.map((district) => ({ code: district.code })),
    }),
  },
};
