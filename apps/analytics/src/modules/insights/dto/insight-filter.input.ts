import {
  AssistanceOutcomeResult,
  AssistanceRequestStatus,
  AssistanceSubtype,
  AssistanceType,
  BookableResourceKind,
  Direction,
  LegalForm,
  MAX_DISTRICTS_PER_REGION,
  OrganizationKind,
  REGION_CODES,
  VerificationStatus,
  VolunteerCategory,
  VolunteeringMode,
} from '@birge/shared-reference';
import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { InsightPeriodInput } from './insight-period.input';

/** The most districts a filter may name: every district of every region. */
export const MAX_FILTER_DISTRICTS = REGION_CODES.length * MAX_DISTRICTS_PER_REGION;
const FIELD_SIZE = 20;

@InputType({
  description:
    'The one filter of the analytics API, shared by insights, insightSeries and insightDrillDown. Every field given must match; the values ' +
    'inside one field are alternatives (OR). A filter on a dimension that cannot cut a requested measure is BAD_USER_INPUT naming it ' +
    '(e.g. requestStatuses with ORGANIZATIONS).',
})
export class InsightFilter {
  @Field(() => [ID], {
    nullable: true,
    description: 'Only these regions (KATO codes), at most 20. Regional staff: their own region (the default); another is FORBIDDEN (OTHER_REGION).',
  })
  @IsOptional()
  @ArrayMaxSize(REGION_CODES.length)
  regions?: string[] | null;

  @Field(() => [ID], { nullable: true, description: `Only these districts (KATO codes), at most ${MAX_FILTER_DISTRICTS}.` })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_DISTRICTS)
  districts?: string[] | null;

  @Field(() => InsightPeriodInput, { nullable: true, description: 'The period; the last 12 months and the current one when omitted.' })
  @IsOptional()
  @ValidateNested()
  period?: InsightPeriodInput | null;

  @Field(() => [OrganizationKind], { nullable: true, description: 'Only organizations (and their requests, contacts, bookings) of these kinds.' })
  @IsOptional()
  @ArrayMaxSize(FIELD_SIZE)
  organizationKinds?: OrganizationKind[] | null;

  @Field(() => [LegalForm], { nullable: true, description: 'Only organizations of these legal forms (NGOs; others have none).' })
  @IsOptional()
  @ArrayMaxSize(FIELD_SIZE)
  legalForms?: LegalForm[] | null;

  @Field(() => [VerificationStatus], { nullable: true, description: 'Only organizations whose verification status is one of these.' })
  @IsOptional()
  @ArrayMaxSize(FIELD_SIZE)
  verificationStatuses?: VerificationStatus[] | null;

  @Field(() => [Direction], { nullable: true, description: 'Only organizations working in at least one of these directions.' })
  @IsOptional()
  @ArrayMaxSize(FIELD_SIZE)
  directions?: Direction[] | null;

  @Field(() => [VolunteerCategory], { nullable: true, description: 'Only organizations with volunteers of at least one of these categories.' })
  @IsOptional()
  @ArrayMaxSize(FIELD_SIZE)
  categories?: VolunteerCategory[] | null;

  @Field(() => [VolunteeringMode], { nullable: true, description: 'Only organizations volunteering in at least one of these modes.' })
  @IsOptional()
  @ArrayMaxSize(FIELD_SIZE)
  modes?: VolunteeringMode[] | null;

  @Field(() => [AssistanceType], { nullable: true, description: 'Only requests of these types.' })
  @IsOptional()
  @ArrayMaxSize(FIELD_SIZE)
  requestTypes?: AssistanceType[] | null;

  @Field(() => [AssistanceSubtype], { nullable: true, description: 'Only requests of these sub-types.' })
  @IsOptional()
  @ArrayMaxSize(FIELD_SIZE)
  requestSubtypes?: AssistanceSubtype[] | null;

  @Field(() => [AssistanceRequestStatus], { nullable: true, description: 'Only requests now in these statuses.' })
  @IsOptional()
  @ArrayMaxSize(FIELD_SIZE)
  requestStatuses?: AssistanceRequestStatus[] | null;

  @Field(() => [AssistanceOutcomeResult], { nullable: true, description: 'Only resolved requests with these outcomes.' })
  @IsOptional()
  @ArrayMaxSize(FIELD_SIZE)
  requestOutcomes?: AssistanceOutcomeResult[] | null;

  @Field(() => [BookableResourceKind], { nullable: true, description: 'Only bookings of these resource kinds.' })
  @IsOptional()
  @ArrayMaxSize(FIELD_SIZE)
  resourceKinds?: BookableResourceKind[] | null;
}
