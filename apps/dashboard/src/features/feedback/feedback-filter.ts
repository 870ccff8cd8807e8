import { FeedbackThreadStatus, FeedbackTopic } from '@birge/shared-reference';
import type { FeedbackThreadFilter, FeedbackThreadStatus as ApiStatus, FeedbackTopic as ApiTopic } from '../../gql/graphql';

export const FEEDBACK_TOPICS = Object.values(FeedbackTopic) as ApiTopic[];
export const FEEDBACK_STATUSES = Object.values(FeedbackThreadStatus) as ApiStatus[];

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined => values.find((candidate) => candidate === value);

/** The channel's filters live in the address (`#/feedback?region=...&status=OPEN`); regional staff always see their own region. */
export function feedbackFilterFromQuery(query: URLSearchParams, ownRegion: string | null): FeedbackThreadFilter {
  const filter: FeedbackThreadFilter = {};
  const region = ownRegion ?? query.get('region');
  if (region) filter.regionCode = region;
  const status = oneOf(FEEDBACK_STATUSES, query.get('status'));
  if (status) filter.status = status;
  const topic = oneOf(FEEDBACK_TOPICS, query.get('topic'));
  if (topic) filter.topic = topic;
  return filter;
}

/** The address with one filter changed. */
export function feedbackQueryWith(query: URLSearchParams, key: 'region' | 'status' | 'topic', value: string): string {
  const next = new URLSearchParams(query);
  if (value) next.set(key, value);
  else next.delete(key);
  const search = next.toString();
  return search ? `/feedback?${search}` : '/feedback';
}
