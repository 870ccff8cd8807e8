import { AccessRestriction } from '@birge/server-kit';
import { NeedTheme } from '@birge/shared-reference';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { LocalizedText } from '../reference/localized-text.type';
import '../needs/need-enums';
import { CooperationNeedReasonKind } from './cooperation-need-reason-kind.enum';

@ObjectType({ description: 'One reason from the needs register for two organizations to work together.' })
export class CooperationNeedReason {
  @Field(() => CooperationNeedReasonKind, { description: 'What the reason is.' })
  kind: CooperationNeedReasonKind;

  @Field(() => NeedTheme, { description: 'The theme of the need.' })
  theme: NeedTheme;

  @Field(() => String, {
    nullable: true,
    description: 'The VolunteerCategory or Direction code that answers the need (OTHER_ANSWERS_NEED, ANSWERS_OTHERS_NEED); null otherwise.',
  })
  answeredBy: string | null;

  @Field(() => LocalizedText, { description: 'The reason in one sentence, in Kazakh, Russian and English.' })
  explanation: LocalizedText;
}

/**
 * The registry's CooperationMatch, keyed by the pair: analytics adds what the needs register says
 * of the two. `regionCode` (not a GraphQL field) is the region of the organization asked about,
 * whose register is read.
 */
@Directive('@key(fields: "forOrganizationId otherOrganizationId")')
@ObjectType({
  description:
    'Another organization of the same region that may work with this one, and why. Ranked by the documented rule: 3 per shared ' +
    'direction, 2 for the same district, 1 per mode and per volunteer category the other adds; ties by name. A suggestion, never a rating.',
})
export class CooperationMatch {
  @Field(() => ID, { description: 'The organization the match was asked for (the record it was merged into, when asked by a merged id).' })
  forOrganizationId: string;

  @Field(() => ID, { description: "The other organization's id." })
  otherOrganizationId: string;

  @Field(() => AccessRestriction, {
    nullable: true,
    description: "Why needReasons is null for you: OTHER_REGION for another region's staff (partner keys need analytics:read). Null when you see it.",
  })
  needsHidden?: AccessRestriction | null;

  regionCode: string | null;
}

/** The most reasons one match can have: each theme (6) gives a shared need, or up to three other kinds. */
export const MAX_NEED_REASONS = 6 * 3;
