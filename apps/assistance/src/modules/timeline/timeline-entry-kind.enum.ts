import { graphqlEnum, type EnumValue } from '@birge/server-kit';

export const TimelineEntryKind = graphqlEnum('AssistanceTimelineEntryKind', 'What happened to a request at one point of its timeline.', {
  COMMENT: 'A comment; `text` holds it.',
  STATUS_CHANGED: 'The status moved from `fromStatus` to `toStatus`; `text` holds the reason given, if any.',
  ASSIGNED: 'The request was given to `assigneeId` (null: unassigned).',
  REFERRED: 'The request was referred to a state body (`referralId`).',
  STATE_BODY_ANSWERED: "A state body's answer was recorded (`referralId`).",
  ATTACHMENT_ADDED: 'A file was attached (`attachmentId`).',
  RATED: 'The requester rated the help.',
});
export type TimelineEntryKind = EnumValue<typeof TimelineEntryKind>;
