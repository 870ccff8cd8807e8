import { graphqlEnum, type EnumValue } from '@birge/server-kit';

/** Why the needs register makes two organizations of a region good partners (NEED_ANSWERS says what answers a need). */
export const CooperationNeedReasonKind = graphqlEnum('CooperationNeedReasonKind', 'Why the needs register makes two organizations of a region good partners.', {
  OTHER_ANSWERS_NEED: 'This organization faces the need; the other involves the volunteers or works in the direction that answers it (answeredBy).',
  OTHER_RESOLVED_NEED: 'This organization faces the need; the other was named in a resolved entry of the same theme.',
  ANSWERS_OTHERS_NEED: 'The other faces the need; this organization answers it (answeredBy).',
  SHARED_NEED: 'Both face a need of the same theme.',
});
export type CooperationNeedReasonKind = EnumValue<typeof CooperationNeedReasonKind>;
