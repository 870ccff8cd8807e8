import type { ReferenceResolvers } from '@birge/server-kit';
import type { AssistanceContext } from '../../assistance.context';
import { assertCanRead } from '../access/assistance-access';

/**
 * Entities resolved by key for other subgraphs (`_entities`). Assistance's own records are checked
 * as when read by id: another region's is FORBIDDEN (OTHER_REGION) for regional staff, so a
 * federated reference leaks nothing a direct read would not. The registry's Organization and
 * Region are stubs; their assistance fields decide for themselves.
 */
export const assistanceReferences: ReferenceResolvers = {
  AssistanceRequest: {
    __resolveReference: async (reference: { id: string }, ctx: AssistanceContext) => {
      const request = await ctx.services.requests.loader(ctx.loaders).load(reference.id);
      if (request) assertCanRead(ctx.identity, request.regionCode, `assistance request ${reference.id}`);
      return request;
    },
  },
  Organization: {
    __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
  },
  // The registry's portal: its requests decide for themselves whose they are (the link's organization only).
  OrganizationPortal: {
    __resolveReference: (reference: { linkId: string }) => ({ linkId: reference.linkId }),
  },
  Booking: {
    __resolveReference: (reference: { id: string }, ctx: AssistanceContext) => ctx.services.bookings.readable(ctx.loaders, reference.id, ctx.identity),
  },
  Training: {
    __resolveReference: async (reference: { id: string }, ctx: AssistanceContext) => {
      const training = await ctx.services.trainings.loader(ctx.loaders).load(reference.id);
      if (training) assertCanRead(ctx.identity, training.regionCode, `training ${reference.id}`);
      return training;
    },
  },
  Guide: {
    // Guides are read by every reader of the library, whatever their region.
    __resolveReference: (reference: { id: string }, ctx: AssistanceContext) => {
      assertCanRead(ctx.identity, ctx.identity?.regionCode ?? null, `guide ${reference.id}`);
      return ctx.services.guides.loader(ctx.loaders).load(reference.id);
    },
  },
  Region: {
    __resolveReference: (reference: { code: string }) => ({ code: reference.code }),
  },
};
