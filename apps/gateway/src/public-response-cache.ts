import type { ApolloServerPlugin } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { GatewayContext } from './gateway.context';

/**
 * The mutations that change public reference data (the subgraphs' `@cacheControl(scope: PUBLIC)`
 * types): answered through this gateway, they clear its cache of public answers before the
 * caller hears back, so the caller's next read sees the change.
 */
export const REFERENCE_MUTATIONS: ReadonlySet<string> = new Set(['renameDistrict', 'addDistrict', 'abolishDistrict']);

/** Answers kept, each for its own max-age, the least recently read going first past the bounds. */
export class PublicResponseCache implements KeyValueCache<string> {
  private readonly entries = new LRUCache<string, string>({ max: 2_000, maxSize: 32 * 1024 * 1024, sizeCalculation: (value) => Math.max(1, value.length) });
  /** Grows with every clear: an answer computed before a clear is not kept after it. */
  generation = 0;

  async get(key: string): Promise<string | undefined> {
    return this.entries.get(key);
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    if (!options?.ttl) return;
    this.entries.set(key, value, { ttl: options.ttl * 1000 });
  }

  async delete(key: string): Promise<boolean> {
    return this.entries.delete(key);
  }

  clear(): void {
    this.generation += 1;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

const changesReference = (operation: OperationDefinitionNode | undefined) =>
  operation?.operation === 'mutation' && operation.selectionSet.selections.some((selection) => selection.kind === Kind.FIELD && REFERENCE_MUTATIONS.has(selection.name.value));

/**
 * Whole answers of public reads (every field in them marked public by its subgraph, see the
 * kit's cache-hints) served from the gateway's memory, the same for every caller, after the
 * caller is admitted and the operation has passed every check (armor, cost, partner scopes):
 * only the subgraphs' work is saved. Answers that depend on who asks (private or uncacheable)
 * are never kept. An answer computed while a reference mutation was running is not kept either.
 */
export function publicResponseCachePlugins(cache: PublicResponseCache): ApolloServerPlugin<GatewayContext>[] {
  const startedAt = new WeakMap<object, number>();
  return [
    {
      async requestDidStart({ contextValue }) {
        startedAt.set(contextValue, cache.generation);
        return {
          async willSendResponse({ operation }) {
            if (changesReference(operation)) cache.clear();
          },
        };
      },
    },
    responseCachePlugin<GatewayContext>({
      cache,
      // No answer is kept per caller: only public ones, shared by all.
      sessionId: async () => null,
      shouldWriteToCache: async ({ contextValue }) => startedAt.get(contextValue) === cache.generation,
    }),
  ];
}
