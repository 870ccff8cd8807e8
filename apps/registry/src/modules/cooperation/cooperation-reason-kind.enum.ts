import { graphqlEnum, type EnumValue } from '@birge/server-kit';

/** Why two organizations may work together; each reason weighs in the score (COOPERATION_WEIGHTS). */
export const CooperationReasonKind = graphqlEnum('CooperationReasonKind', 'Why two organizations of a region may work together.', {
  SHARED_DIRECTION: 'Both work in this direction (code: the Direction); weighs 3.',
  SAME_DISTRICT: 'Both work in this district (code: its KATO code); weighs 2.',
  COMPLEMENTARY_MODE: 'The other works in a mode this one does not (code: the VolunteeringMode); weighs 1.',
  COMPLEMENTARY_CATEGORY: 'The other involves a volunteer category this one lacks (code: the VolunteerCategory); weighs 1.',
});
export type CooperationReasonKind = EnumValue<typeof CooperationReasonKind>;
