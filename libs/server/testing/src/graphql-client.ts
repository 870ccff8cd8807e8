import { DEVELOPMENT_IDENTITY, IDENTITY_HEADER, signIdentity } from '@birge/server-kit';
import type { Identity } from '@birge/shared-reference';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; fields?: { field: string; code: string; message: string }[]; [key: string]: unknown };
}

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLErrorShape[];
}

export interface GraphQLTestClientOptions {
  /**
   * The identity the request carries, signed the way the gateway signs it: omitted, the
   * development identity; null, an anonymous caller that came through the gateway.
   */
  identity?: Identity | null;
  /** Send no gateway signature at all, as a caller that bypasses the gateway would. */
  unsigned?: boolean;
  secret?: string;
  headers?: Record<string, string>;
  /** Sign as the gateway calling on its own behalf (e.g. 'gateway'), as for internal fields. */
  internalCaller?: string;
}

const DEV_SECRET = 'birge-development-internal-secret';

/** A small typed client for tests: sends a document, returns data and errors as they came. */
export class GraphQLTestClient {
  constructor(
    private readonly url: string,
    private readonly options: GraphQLTestClientOptions = {},
  ) {}

  async request<TData, TVariables extends Record<string, unknown> = Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables> | DocumentNode | string,
    variables?: TVariables,
  ): Promise<GraphQLResponse<TData>> {
    const query = typeof document === 'string' ? document : print(document);
    const headers: Record<string, string> = { 'content-type': 'application/json', ...this.options.headers };
    if (!this.options.unsigned) {
      const identity = this.options.identity === undefined ? DEVELOPMENT_IDENTITY : this.options.identity;
      headers[IDENTITY_HEADER] = signIdentity(identity, this.options.secret ?? DEV_SECRET, Date.now(), this.options.internalCaller);
    }
    const response = await fetch(this.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as GraphQLResponse<TData>;
  }

  /** Like request, but fails the test with the errors when there are any. */
  async data<TData, TVariables extends Record<string, unknown> = Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables> | DocumentNode | string,
    variables?: TVariables,
  ): Promise<TData> {
    const result = await this.request(document, variables);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  }
}

/** Polls `check` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 30000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms${lastError ? `: ${String(lastError)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
