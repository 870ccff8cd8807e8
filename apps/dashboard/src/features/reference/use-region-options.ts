import { useQuery } from '@apollo/client/react';
import { RegionOptionsQuery } from './reference.graphql';

/** Regions and districts change rarely: read them once per visit from the cache. */
export function useRegionOptions() {
  return useQuery(RegionOptionsQuery, { fetchPolicy: 'cache-first' });
}
