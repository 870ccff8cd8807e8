import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { IDENTITY_HEADER, REQUEST_ID_HEADER, signIdentity } from '@birge/server-kit';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './gateway.context';

export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';
type FetchResponse = Parameters<RemoteGraphQLDataSource['parseBody']>[0];

export const RESPONSE_TOO_LARGE = 'RESPONSE_TOO_LARGE';

export interface SubgraphFetchLimits {
  /** How long a subgraph may take to answer one fetch. */
  timeoutMs: number;
  /** The largest answer one fetch may bring back. */
  maxFetchBytes: number;
  /** The most all fetches of one request may bring back together. */
  maxRequestBytes: number;
}

/** Bytes still allowed per request, shared by every subgraph's data source. */
const remainingBytes = new WeakMap<object, { bytes: number }>();

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
    private readonly limits: SubgraphFetchLimits,
  ) {
    super({
      url,
      // A subgraph that hangs must not hold the caller: every fetch has a deadline.
      fetcher: ((input: string, init: RequestInit) => fetch(input, { ...init, signal: AbortSignal.timeout(limits.timeoutMs) })) as never,
    });
  }

  /**
   * Reads an answer only while it fits what this request may still bring back: by its declared
   * length when it has one (subgraphs send it), else counted as it arrives. Past the limit the
   * fetch is dropped with a coded error, so no answer can fill the gateway's memory.
   */
  override async parseBody(answer: FetchResponse, request?: unknown, context?: GatewayContext): Promise<object | string> {
    // The fetcher is Node's own fetch, whose answer streams its body.
    const response = answer as unknown as Response;
    const budget = context ? (remainingBytes.get(context) ?? { bytes: this.limits.maxRequestBytes }) : { bytes: this.limits.maxRequestBytes };
    if (context) remainingBytes.set(context, budget);
    const limit = Math.min(this.limits.maxFetchBytes, budget.bytes);
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > limit) {
      await response.body?.cancel().catch(() => undefined);
      throw this.tooLarge(limit);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    if (response.body) {
      for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
        size += chunk.byteLength;
        if (size > limit) throw this.tooLarge(limit);
        chunks.push(chunk);
      }
    }
    budget.bytes -= size;
    const text = Buffer.concat(chunks, size).toString('utf8');
    const type = response.headers.get('content-type') ?? '';
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

  private tooLarge(limit: number): GraphQLError {
    return new GraphQLError(`The ${this.serviceName} service's answer is larger than the ${Math.floor(limit / 1024)} KiB this request may still receive: ask for less at once`, {
      extensions: { code: RESPONSE_TOO_LARGE, service: this.serviceName, limitBytes: limit },
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
