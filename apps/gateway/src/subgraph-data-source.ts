import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { IDENTITY_HEADER, REQUEST_ID_HEADER, signIdentity } from '@birge/server-kit';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './gateway.context';

export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';

/**
 * Forwards the verified identity (signed, with the time, so a copied header soon stops working)
 * and the request id to a subgraph. A subgraph that
 * cannot be reached becomes a coded error naming the service, never its address.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    url: string,
    private readonly secret: string,
    timeoutMs: number,
  ) {
    super({
      url,
      // A subgraph that hangs must not hold the caller: every fetch has a deadline.
      fetcher: ((input: string, init: RequestInit) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as never,
    });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!request.http) return;
    if (context?.requestId) request.http.headers.set(REQUEST_ID_HEADER, context.requestId);
    // Every request is signed, anonymous ones included: subgraphs refuse anything unsigned.
    request.http.headers.set(IDENTITY_HEADER, signIdentity(context?.identity ?? null, this.secret));
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions?.code && error.extensions.code !== 'INTERNAL_SERVER_ERROR') throw error;
      options.context?.logger?.warn({ service: this.serviceName, err: error }, 'subgraph unavailable');
      throw new GraphQLError(`The ${this.serviceName} service is unavailable right now; other data is unaffected. Try again shortly.`, {
        extensions: { code: SERVICE_UNAVAILABLE, service: this.serviceName },
      });
    }
  }
}
