import {
  FEEDBACK_LINK_KIND_LABELS,
  FEEDBACK_THREAD_STATUS_LABELS,
  FEEDBACK_TOPIC_LABELS,
  FeedbackLinkKind,
  FeedbackThreadStatus,
  FeedbackTopic,
  type LocalizedText,
} from '@birge/shared-reference';
import { registerEnumType } from 'type-graphql';

/** Each value described by its English label, so partners read the list in the published schema. */
function described<E extends string>(labels: Record<E, LocalizedText>): Record<E, { description: string }> {
  return Object.fromEntries(Object.entries<LocalizedText>(labels).map(([value, label]) => [value, { description: `${label.en}.` }])) as Record<E, { description: string }>;
}

registerEnumType(FeedbackTopic, {
  name: 'FeedbackTopic',
  description: "What a feedback thread is about: the movement's problem, the front office's own problem, an observation about the region, or a question.",
  valuesConfig: described(FEEDBACK_TOPIC_LABELS),
});

registerEnumType(FeedbackThreadStatus, {
  name: 'FeedbackThreadStatus',
  description: 'Whether a feedback thread takes messages: open, or closed (either side may reopen it).',
  valuesConfig: described(FEEDBACK_THREAD_STATUS_LABELS),
});

registerEnumType(FeedbackLinkKind, {
  name: 'FeedbackLinkKind',
  description: 'The kind of record a feedback thread links to.',
  valuesConfig: described(FEEDBACK_LINK_KIND_LABELS),
});

export { FeedbackLinkKind, FeedbackThreadStatus, FeedbackTopic };
