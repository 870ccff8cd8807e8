import { useApolloClient } from '@apollo/client/react';
import { FINAL_NEED_STATUSES } from '@birge/shared-reference';
import { useEffect, useState } from 'react';
import type { RegisterNeedsQuery as RegisterNeedsResult } from '../../gql/graphql';
import { OPEN_NEEDS_PAGE_SIZE, RegisterNeedsQuery } from './analytics.graphql';

export type RegisterNeed = RegisterNeedsResult['needs']['edges'][number]['node'];

/** The register is qualitative (tens of entries a region), so reading it whole stays small; this bounds it all the same. */
const MAX_PAGES = 20;

export const isOpenNeed = (need: Pick<RegisterNeed, 'status'>) => !(FINAL_NEED_STATUSES as readonly string[]).includes(need.status);

export interface OpenNeeds {
  /** Open needs by region code; null while loading or when the register did not answer. */
  byRegion: Map<string, RegisterNeed[]> | null;
  /** True when the register had more entries than were read (the counts are then a floor). */
  partial: boolean;
  error: unknown;
}

/**
 * The open needs of the register (not resolved, not "no longer relevant"), page by page, grouped
 * by region: what each region's figures are shown beside. Not cached with the register's own
 * pages (no-cache), so the needs page keeps its own paging.
 */
export function useOpenNeeds(regionCode?: string): OpenNeeds {
  const client = useApolloClient();
  const [state, setState] = useState<OpenNeeds>({ byRegion: null, partial: false, error: null });
  // Signing in or out resets the store, stopping a read in flight: read again after every reset.
  const [generation, setGeneration] = useState(0);
  useEffect(() => client.onResetStore(async () => setGeneration((value) => value + 1)), [client]);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const needs: RegisterNeed[] = [];
      let after: string | null = null;
      let hasNext = true;
      let pages = 0;
      try {
        while (hasNext && pages < MAX_PAGES) {
          const result: { data?: RegisterNeedsResult | undefined; error?: unknown } = await client.query({
            query: RegisterNeedsQuery,
            variables: { filter: regionCode ? { regionCode } : {}, first: OPEN_NEEDS_PAGE_SIZE, after },
            fetchPolicy: 'no-cache',
          });
          const connection = result.data?.needs;
          if (!connection) throw result.error ?? new Error('needs register unavailable');
          needs.push(...connection.edges.map((edge) => edge.node));
          hasNext = connection.pageInfo.hasNextPage;
          after = connection.pageInfo.endCursor ?? null;
          pages += 1;
        }
        const byRegion = new Map<string, RegisterNeed[]>();
        for (const need of needs.filter(isOpenNeed)) {
          const code = need.region?.code;
          if (!code) continue;
          byRegion.set(code, [...(byRegion.get(code) ?? []), need]);
        }
        if (!cancelled) setState({ byRegion, partial: hasNext, error: null });
      } catch (error) {
        if (!cancelled) setState({ byRegion: null, partial: false, error });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [client, regionCode, generation]);

  return state;
}
