import { GraphQLError } from 'graphql';
import { LRUCache } from 'lru-cache';
import { Agent, request as undiciRequest } from 'undici';

export const RESPONSE_TOO_LARGE = 'RESPONSE_TOO_LARGE';

/**
 * Set by the data source on a fetch that may be shared with identical fetches in flight: who is
 * asking (the same caller may share with itself). Read and removed here; never sent.
 */
export const SHARE_HEADER = 'x-birge-share-as';

export interface SubgraphFetcherOptions {
  serviceName: string;
  /** How long a subgraph may take to answer one fetch, body included. */
  timeoutMs: number;
  /** The largest answer one fetch may bring back. */
  maxFetchBytes: number;
  /** Kept-alive, pooled connections (true), or a fresh fetch each time as Node's own fetch does it (false). */
  keepAlive: boolean;
  /** Identical fetches in flight share one answer where allowed (the same caller, or a public answer). */
  share: boolean;
}

/**
 * A subgraph's answer read in full (within the fetch's limit), so that several callers can each
 * parse their own copy: the gateway merges into the objects it parses, so parsed data is never shared.
 */
export class BufferedAnswer {
  readonly ok: boolean;

  constructor(
    readonly url: string,
    readonly status: number,
    private readonly headerValues: Record<string, string | string[] | undefined>,
    readonly bytes: Buffer,
  ) {
    this.ok = status >= 200 && status < 300;
  }

  get statusText(): string {
    return this.ok ? 'OK' : `HTTP ${this.status}`;
  }

  readonly headers = {
    get: (name: string): string | null => {
      const value = this.headerValues[name.toLowerCase()];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(', ') : value;
    },
  };
}

/** Whether an answer says it is the same for everyone (`Cache-Control: public`, from the subgraph's @cacheControl hints). */
const isPublic = (answer: BufferedAnswer) => /(^|[\s,])public([\s,]|$)/i.test(answer.headers.get('cache-control') ?? '');

/** Every subgraph's pooled connections, one agent for the process. */
let sharedAgent: Agent | null = null;
const pooledAgent = () =>
  (sharedAgent ??= new Agent({
    // Connections stay open between requests; the subgraphs keep theirs for 5 s (Node's default).
    keepAliveTimeout: 4_000,
    keepAliveMaxTimeout: 30_000,
    connections: 128,
  }));

/**
 * Fetches from one subgraph: over kept-alive, pooled connections (undici), with a deadline and an
 * answer size limit, and with identical fetches in flight sharing one exchange when the answer may
 * be shared. An answer may be shared by the same caller (same identity) always, and by everyone
 * when the subgraph marked that very fetch's answer public before: data that depends on who asks
 * is never shared across callers.
 */
export class SubgraphFetcher {
  private readonly inFlight = new Map<string, Promise<BufferedAnswer>>();
  /** Request bodies whose answers the subgraph declared public. */
  private readonly publicBodies = new LRUCache<string, true>({ max: 2_000 });
  /** How many exchanges actually reached the subgraph (for tests and benchmarks). */
  exchanges = 0;

  constructor(private readonly options: SubgraphFetcherOptions) {}

  readonly fetch = (url: string, init: { method?: string; headers?: Record<string, string>; body?: string }): Promise<BufferedAnswer> => {
    const headers = { ...init.headers };
    const caller = headers[SHARE_HEADER];
    delete headers[SHARE_HEADER];
    const body = init.body ?? '';
    if (!this.options.share || caller === undefined) return this.exchange(url, init.method ?? 'POST', headers, body);
    const key = `${url}\n${this.publicBodies.has(body) ? 'public' : caller}\n${body}`;
    let flight = this.inFlight.get(key);
    if (!flight) {
      flight = this.exchange(url, init.method ?? 'POST', headers, body).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, flight);
    }
    return flight;
  };

  private async exchange(url: string, method: string, headers: Record<string, string>, body: string): Promise<BufferedAnswer> {
    this.exchanges += 1;
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    const answer = this.options.keepAlive ? await this.pooled(url, method, headers, body, signal) : await this.fresh(url, method, headers, body, signal);
    if (answer.ok && isPublic(answer)) this.publicBodies.set(body, true);
    return answer;
  }

  private async pooled(url: string, method: string, headers: Record<string, string>, body: string, signal: AbortSignal): Promise<BufferedAnswer> {
    const response = await undiciRequest(url, { method: method as 'POST', headers, body, signal, dispatcher: pooledAgent() });
    const declared = Number(response.headers['content-length']);
    if (Number.isFinite(declared) && declared > this.options.maxFetchBytes) {
      response.body.destroy();
      throw tooLarge(this.options.serviceName, this.options.maxFetchBytes);
    }
    return new BufferedAnswer(url, response.statusCode, response.headers, await this.read(response.body, () => response.body.destroy()));
  }

  /** Node's own fetch, a connection as it comes: the gateway's behaviour before the pool, kept for comparison. */
  private async fresh(url: string, method: string, headers: Record<string, string>, body: string, signal: AbortSignal): Promise<BufferedAnswer> {
    const response = await fetch(url, { method, headers, body, signal });
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > this.options.maxFetchBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw tooLarge(this.options.serviceName, this.options.maxFetchBytes);
    }
    const values: Record<string, string> = {};
    response.headers.forEach((value, name) => (values[name] = value));
    const bytes = response.body
      ? await this.read(response.body as unknown as AsyncIterable<Uint8Array>, () => void response.body?.cancel().catch(() => undefined))
      : Buffer.alloc(0);
    return new BufferedAnswer(url, response.status, values, bytes);
  }

  /** Reads a body while it fits the fetch's limit, counted as it arrives. */
  private async read(body: AsyncIterable<Uint8Array>, drop: () => void): Promise<Buffer> {
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of body) {
      size += chunk.byteLength;
      if (size > this.options.maxFetchBytes) {
        drop();
        throw tooLarge(this.options.serviceName, this.options.maxFetchBytes);
      }
      chunks.push(chunk);
    }
    return Buffer.concat(chunks, size);
  }
}

export function tooLarge(serviceName: string, limit: number): GraphQLError {
  return new GraphQLError(`The ${serviceName} service's answer is larger than the ${Math.floor(limit / 1024)} KiB this request may still receive: ask for less at once`, {
    extensions: { code: RESPONSE_TOO_LARGE, service: serviceName, limitBytes: limit },
  });
}
