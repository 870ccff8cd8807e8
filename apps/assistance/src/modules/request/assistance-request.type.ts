import { AccessRestriction, ListSize, PERSONAL_DATA_HIDDEN_DESCRIPTION, PersonalData } from '@birge/server-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Organization } from '../organization/organization.type';
import { Region } from '../region/region.type';
import { AssistanceRequestStatus, AssistanceSubtype, AssistanceType } from './assistance-enums';
import { AssistanceOutcome } from './assistance-outcome.type';
import { AssistanceRating } from './assistance-rating.type';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A request of an organization for help from its regional front office.' })
export class AssistanceRequest {
  @Field(() => ID, { description: 'Stable id of the request.' })
  id: string;

  @Field(() => AssistanceType, { description: 'The kind of help asked for: administrative, consultative or informational.' })
  type: AssistanceType;

  @Field(() => AssistanceSubtype, { description: 'The kind of help within its type.' })
  subtype: AssistanceSubtype;

  @Field(() => AssistanceRequestStatus, { description: 'Where the request stands in its workflow.' })
  status: AssistanceRequestStatus;

  @PersonalData()
  @Field(() => String, {
    nullable: true,
    description:
      "Personal data (free text that often names the organization's people and their phones). What the organization needs, in its own words. " +
      'Null when withheld from you: see personalDataHidden.',
  })
  description: string | null;

  @Field(() => AccessRestriction, { nullable: true, description: PERSONAL_DATA_HIDDEN_DESCRIPTION })
  personalDataHidden?: AccessRestriction | null;

  @Field({ description: 'When the request was submitted.' })
  createdAt: Date;

  @Field(() => Int, { description: 'Increases on every change; pass it back when editing.' })
  version: number;

  @Field(() => Organization, { nullable: true, description: 'Who asked for help. Null only when the registry cannot be reached.' })
  organization: Organization;

  @Field(() => Region, {
    nullable: true,
    description: "The front office's region, from the organization's record. Null while the registry's record has not arrived yet.",
  })
  region: Region | null;

  @Field(() => String, { nullable: true, description: 'The day (YYYY-MM-DD) the organization would like the help by.' })
  wishedForDate: string | null;

  @Field(() => ID, { nullable: true, description: 'The staff member responsible (a user id); null while unassigned.' })
  assigneeId: string | null;

  @Field(() => Date, {
    nullable: true,
    description: "When the front office should be done: submission plus the region's service level for the sub-type. Null while the region is unknown.",
  })
  dueAt: Date | null;

  @Field({ description: 'True when the request is still open after its due date.' })
  overdue: boolean;

  @ListSize(Object.keys(AssistanceRequestStatus).length)
  @Field(() => [AssistanceRequestStatus], { description: 'The statuses this request may move to next; empty once it is final.' })
  allowedTransitions: AssistanceRequestStatus[];

  @Field(() => AssistanceOutcome, { nullable: true, description: 'What came of it; set when the request is resolved.' })
  outcome: AssistanceOutcome | null;

  @Field(() => AssistanceRating, { nullable: true, description: "The requester's rating; only a resolved request can have one." })
  rating: AssistanceRating | null;

  @Field({ description: 'Who submitted the request: a user id, or a partner key\'s id; "anonymous" only on requests from before submitting required signing in.' })
  createdBy: string;

  @Field({ description: 'When the request last changed.' })
  updatedAt: Date;

  @Field(() => String, { nullable: true, description: 'Who changed the request last; null until the first change after submission.' })
  updatedBy: string | null;

  regionCode: string | null;
}
