import { graphqlEnum, type EnumValue } from '@birge/server-kit';

/** What kind of gathering a joint event is. */
export const JointEventKind = graphqlEnum('JointEventKind', 'A round table, a forum, a meeting, or another gathering.', ['ROUND_TABLE', 'FORUM', 'MEETING', 'OTHER']);
export type JointEventKind = EnumValue<typeof JointEventKind>;

/** Who is invited to a joint event: an organization of the registry, or a state body or sponsor of the directory. */
export const JointEventParticipantKind = graphqlEnum('JointEventParticipantKind', 'An organization of the registry, or a state body or a sponsor of the directory.', [
  'ORGANIZATION',
  'STATE_BODY',
  'SPONSOR',
]);
export type JointEventParticipantKind = EnumValue<typeof JointEventParticipantKind>;

/** What a follow-up of a joint event was recorded as. */
export const JointEventFollowUpKind = graphqlEnum('JointEventFollowUpKind', "A need of the region's needs register (analytics), or a request for help.", [
  'NEED',
  'ASSISTANCE_REQUEST',
]);
export type JointEventFollowUpKind = EnumValue<typeof JointEventFollowUpKind>;
