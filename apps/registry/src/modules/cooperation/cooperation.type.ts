import { ListSize } from '@birge/server-kit';
import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, Length, Matches } from 'class-validator';
import { Organization } from '../organization/organization.type';
import { LocalizedText } from '../region/localized-text.type';
import { CooperationReasonKind } from './cooperation-reason-kind.enum';

@ObjectType({ description: 'One reason of a cooperation match.' })
export class CooperationReason {
  @Field(() => CooperationReasonKind, { description: 'What the reason is.' })
  kind: CooperationReasonKind;

  @Field({ description: 'The direction, mode, category or district code it names.' })
  code: string;
}

/**
 * An entity keyed by the pair, so the subgraph that keeps the needs register (analytics) adds the
 * needs the two answer for each other; the registry is never asked for a match by its key.
 */
@Directive('@key(fields: "forOrganizationId otherOrganizationId", resolvable: false)')
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

  @Field(() => Organization, { description: 'The other organization.' })
  organization: Organization;

  @Field(() => Int, { description: "The score of the ranking rule (see the type's description)." })
  score: number;

  /** At most every shared direction (12), the district, the modes (3) and the categories (7). */
  @ListSize(12 + 1 + 3 + 7)
  @Field(() => [CooperationReason], { description: 'The reasons, shared directions first, then the district, modes and categories.' })
  reasons: CooperationReason[];

  @Field(() => LocalizedText, { description: 'The reasons in one sentence, in Kazakh, Russian and English.' })
  explanation: LocalizedText;

  @Field(() => String, { nullable: true, description: 'The day the two were introduced, YYYY-MM-DD; null while they were not.' })
  introducedOn: string | null;
}

@ObjectType({ description: 'An introduction the front office made between two organizations of a region: an outcome of matchmaking.' })
export class CooperationIntroduction {
  @Field(() => ID, { description: 'Stable id of the introduction.' })
  id: string;

  @Field(() => Organization, { description: 'The other organization, seen from the one asked about.' })
  otherOrganization: Organization;

  @Field({ description: 'The day of the introduction, YYYY-MM-DD.' })
  introducedOn: string;

  @Field({ description: 'Who introduced them (staff user id).' })
  introducedBy: string;

  @Field(() => String, { nullable: true, description: 'What was said or agreed.' })
  note: string | null;

  @Field({ description: 'When it was recorded.' })
  createdAt: Date;

  otherOrganizationId: string;
}

@InputType({ description: 'An introduction between two organizations of one region.' })
export class RecordIntroductionInput {
  @Field(() => ID, { description: 'One organization.' })
  organizationId: string;

  @Field(() => ID, { description: 'The organization it was introduced to (same region).' })
  otherOrganizationId: string;

  @Field(() => String, { nullable: true, description: 'The day, YYYY-MM-DD, not in the future; today when omitted.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a day as YYYY-MM-DD' })
  introducedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'What was said or agreed, up to 2000 characters.' })
  @IsOptional()
  @Length(0, 2000)
  note?: string | null;
}
