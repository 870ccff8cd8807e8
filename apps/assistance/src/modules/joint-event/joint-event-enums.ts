import { registerEnumType } from 'type-graphql';

/** What kind of gathering a joint event is. */
export enum JointEventKind {
  ROUND_TABLE = 'ROUND_TABLE',
  FORUM = 'FORUM',
  MEETING = 'MEETING',
  OTHER = 'OTHER',
}

/** Who is invited to a joint event: an organization of the registry, or a state body or sponsor of the directory. */
export enum JointEventParticipantKind {
  ORGANIZATION = 'ORGANIZATION',
  STATE_BODY = 'STATE_BODY',
  SPONSOR = 'SPONSOR',
}

/** What a follow-up of a joint event was recorded as. */
export enum JointEventFollowUpKind {
  NEED = 'NEED',
  ASSISTANCE_REQUEST = 'ASSISTANCE_REQUEST',
}

registerEnumType(JointEventKind, { name: 'JointEventKind', description: 'A round table, a forum, a meeting, or another gathering.' });
registerEnumType(JointEventParticipantKind, {
  name: 'JointEventParticipantKind',
  description: 'An organization of the registry, or a state body or a sponsor of the directory.',
});
registerEnumType(JointEventFollowUpKind, {
  name: 'JointEventFollowUpKind',
  description: "A need of the region's needs register (analytics), or a request for help.",
});
