import { ForbiddenError, type RequestContext } from '@birge/server-kit';

/**
 * Internal fields (named `_…`, @inaccessible, so absent from the public API) answer the
 * gateway's own signed calls only, never a caller the gateway forwards.
 */
export function requireGateway(context: Pick<RequestContext, 'internalCaller'>): void {
  if (context.internalCaller !== 'gateway') throw new ForbiddenError('This field is for the Birge gateway only');
}
