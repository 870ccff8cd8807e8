import type { ReferenceResolvers } from '@birge/server-kit';
import type { AssistanceContext } from '../../assistance.context';

export const assistanceReferences: ReferenceResolvers = {
  AssistanceRequest: {
    __resolveReference: (reference: { id: string }, ctx: AssistanceContext) => ctx.services.requests.loader(ctx.loaders).load(reference.id),
  },
  Organization: {
    __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
  },
  Booking: {
    __resolveReference: (reference: { id: string }, ctx: AssistanceContext) => ctx.services.bookings.loader(ctx.loaders).load(reference.id),
  },
  Training: {
    __resolveReference: (reference: { id: string }, ctx: AssistanceContext) => ctx.services.trainings.loader(ctx.loaders).load(reference.id),
  },
  Region: {
    __resolveReference: (reference: { code: string }) => ({ code: reference.code }),
  },
};
