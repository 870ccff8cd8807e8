import type { AssistanceRequestFilter } from '../../gql/graphql';
import { isAssistanceType } from '../reference/catalog';

/**
 * The board's filters live in the address (`#/requests?region=...&overdue=1`). A regional staff
 * member starts in their own region; `region=all` asks for every region explicitly.
 */
export function boardFilterFromQuery(query: URLSearchParams, ownRegion: string | null): AssistanceRequestFilter {
  const filter: AssistanceRequestFilter = {};
  const region = query.get('region');
  if (region && region !== 'all') filter.regionCode = region;
  else if (!region && ownRegion) filter.regionCode = ownRegion;
  const type = query.get('type') ?? '';
  if (isAssistanceType(type)) filter.type = type;
  const assignee = query.get('assignee');
  if (assignee) filter.assigneeId = assignee;
  if (query.get('overdue') === '1') filter.overdue = true;
  return filter;
}

export function boardQueryWith(query: URLSearchParams, key: string, value: string): string {
  const next = new URLSearchParams(query);
  if (value) next.set(key, value);
  else next.delete(key);
  const search = next.toString();
  return search ? `/requests?${search}` : '/requests';
}
