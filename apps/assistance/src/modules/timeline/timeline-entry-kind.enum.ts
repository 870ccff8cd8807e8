import { registerEnumType } from 'type-graphql';

export enum TimelineEntryKind {
  COMMENT = 'COMMENT',
  STATUS_CHANGED = 'STATUS_CHANGED',
  ASSIGNED = 'ASSIGNED',
  REFERRED = 'REFERRED',
  STATE_BODY_ANSWERED = 'STATE_BODY_ANSWERED',
  ATTACHMENT_ADDED = 'ATTACHMENT_ADDED',
  RATED = 'RATED',
}

registerEnumType(TimelineEntryKind, {
  name: 'AssistanceTimelineEntryKind',
  description: 'What happened to a request at one point of its timeline.',
  valuesConfig: {
    COMMENT: { description: 'A comment; `text` holds it.' },
    STATUS_CHANGED: { description: 'The status moved from `fromStatus` to `toStatus`; `text` holds the reason given, if any.' },
    ASSIGNED: { description: 'The request was given to `assigneeId` (null: unassigned).' },
    REFERRED: { description: 'The request was referred to a state body (`referralId`).' },
    STATE_BODY_ANSWERED: { description: "A state body's answer was recorded (`referralId`)." },
    ATTACHMENT_ADDED: { description: 'A file was attached (`attachmentId`).' },
    RATED: { description: 'The requester rated the help.' },
  },
});
