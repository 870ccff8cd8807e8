import { registerGraphqlEnum, labelDescriptions } from '@birge/server-kit';
import { FEEDBACK_LINK_KIND_LABELS, FEEDBACK_THREAD_STATUS_LABELS, FEEDBACK_TOPIC_LABELS, FeedbackLinkKind, FeedbackThreadStatus, FeedbackTopic } from '@birge/shared-reference';

registerGraphqlEnum(
  FeedbackTopic,
  'FeedbackTopic',
  "What a feedback thread is about: the movement's problem, the front office's own problem, an observation about the region, or a question.",
  labelDescriptions(FEEDBACK_TOPIC_LABELS),
);

registerGraphqlEnum(
  FeedbackThreadStatus,
  'FeedbackThreadStatus',
  'Whether a feedback thread takes messages: open, or closed (either side may reopen it).',
  labelDescriptions(FEEDBACK_THREAD_STATUS_LABELS),
);

registerGraphqlEnum(FeedbackLinkKind, 'FeedbackLinkKind', 'The kind of record a feedback thread links to.', labelDescriptions(FEEDBACK_LINK_KIND_LABELS));

export { FeedbackLinkKind, FeedbackThreadStatus, FeedbackTopic };
