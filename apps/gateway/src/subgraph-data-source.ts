import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { IDENTITY_HEADER, REQUEST_ID_HEADER, signIdentity } from '@birge/server-kit';
import type { Identity } from '@birge/shared-reference';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './gateway.context';
import { BufferedAnswer, RESPONSE_TOO_LARGE, SHARE_HEADER, SubgraphFetcher, tooLarge } from './subgraph-fetcher';

export { RESPONSE_TOO_LARGE };

export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';
type FetchResponse = Parameters<RemoteGraphQLDataSource['parseBody']>[0];

export interface SubgraphFetchLimits {
  /** How long a subgraph may take to answer one fetch. */
  timeoutMs: number;
  /** The largest answer one fetch may bring back. */
  maxFetchBytes: number;
  /** The most all fetches of one request may bring back together. */
  maxRequestBytes: number;
  /** Kept-alive, pooled connections to the subgraph (true when not given). */
  keepAlive?: boolean;
  /** Identical fetches in flight share one answer where allowed: the same caller, or a public answer (true when not given). */
  share?: boolean;
}

/** Who asks, as far as a subgraph's answer may depend on it: the whole verified identity. */
const callerKey = (identity: Identity | null): string => (identity ? JSON.stringify(identity) : 'anonymous');

/** Bytes still allowed per request, shared by every subgraph's data source. */
const remainingBytes = new WeakMap<object, { bytes: number }>();

/**
 * Forwards the verified identity (signed, with the time, so a copied header soon stops working)
 * and the request id to a subgraph. A subgraph that
 * cannot be reached becomes a coded error naming the service, never its address.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  /** The connection pool, deadline, size limit and sharing of fetches to this subgraph. */
  readonly subgraphFetcher: SubgraphFetcher;

  constructor(
    private readonly serviceName: string,
    url: string,
    private readonly secret: string,
    private readonly limits: SubgraphFetchLimits,
  ) {
    const subgraphFetcher = new SubgraphFetcher({
      serviceName,
      // A subgraph that hangs must not hold the caller: every fetch has a deadline.
      timeoutMs: limits.timeoutMs,
      maxFetchBytes: limits.maxFetchBytes,
      keepAlive: limits.keepAlive ?? true,
      share: limits.share ?? true,
    });
    super({ url, fetcher: subgraphFetcher.fetch as never });
    this.subgraphFetcher = subgraphFetcher;
  }

  /**
   * Parses this caller's own copy of an answer (read in full by the fetcher, within one fetch's
   * limit) while it fits what this request may still bring back: past it, a coded error, so no
   * request can fill the gateway's memory with many answers.
   */
  override async parseBody(answer: FetchResponse, _request?: unknown, context?: GatewayContext): Promise<object | string> {
    const { bytes, headers } = answer as unknown as BufferedAnswer;
    const budget = context ? (remainingBytes.get(context) ?? { bytes: this.limits.maxRequestBytes }) : { bytes: this.limits.maxRequestBytes };
    if (context) remainingBytes.set(context, budget);
    const limit = Math.min(this.limits.maxFetchBytes, budget.bytes);
    if (bytes.byteLength > limit) throw tooLarge(this.serviceName, limit);
    budget.bytes -= bytes.byteLength;
    const text = bytes.toString('utf8');
    const type = headers.get('content-type') ?? '';
    return type.startsWith('application/json') || type.startsWith('application/graphql-response+json') ? (JSON.parse(text) as object) : text;
  }

  /**
   * A subgraph's 4xx carries its own coded errors (a variable it could not take, a document it
   * refused): the first is passed on as it is, so the caller learns what was wrong instead of
   * being told the service is down.
   */
  override async errorFromResponse(answer: FetchResponse): Promise<GraphQLError> {
    const fallback = await super.errorFromResponse(answer);
    const body = (fallback.extensions.response as { body?: unknown } | undefined)?.body as { errors?: { message?: unknown; extensions?: Record<string, unknown> }[] } | undefined;
    const first = Array.isArray(body?.errors) ? body.errors[0] : undefined;
    const code = first?.extensions?.code;
    if (answer.status >= 500 || typeof code !== 'string' || typeof first?.message !== 'string') return fallback;
    const { http: _http, stacktrace: _stacktrace, ...extensions } = first.extensions ?? {};
    return new GraphQLError(first.message, { extensions: { ...extensions, code, service: this.serviceName } });
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const { request, context } = options;
    if (!request.http) return;
    // Reads may share an identical fetch in flight: the same caller's always, anyone's when public.
    if (options.kind === GraphQLDataSourceRequestKind.INCOMING_OPERATION && options.incomingRequestContext.operation?.operation === 'query') {
      request.http.headers.set(SHARE_HEADER, callerKey(context?.identity ?? null));
    }
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
