import { ListSize } from '@birge/server-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { AssistanceRequestStatus, AssistanceSubtype, AssistanceType } from '../request/assistance-enums';
import { TimelineEntryKind } from '../timeline/timeline-entry-kind.enum';

@ObjectType({ description: "A step of a request's way, as the organization sees it: when it moved, and from what to what (staff's internal notes stay with staff)." })
export class PortalRequestStep {
  @Field(() => TimelineEntryKind, { description: "What happened: a status change, a referral, a state body's answer, a rating." })
  kind: TimelineEntryKind;

  @Field({ description: 'When.' })
  at: Date;

  @Field(() => AssistanceRequestStatus, { nullable: true, description: 'The status before, for a status change.' })
  fromStatus: AssistanceRequestStatus | null;

  @Field(() => AssistanceRequestStatus, { nullable: true, description: 'The status after, for a status change.' })
  toStatus: AssistanceRequestStatus | null;
}

@ObjectType({ description: "One of the organization's requests for help, as its contact follows it in the portal." })
export class PortalAssistanceRequest {
  @Field(() => ID, { description: 'The request.' })
  id: string;

  @Field(() => AssistanceType, { description: 'The type of help.' })
  type: AssistanceType;

  @Field(() => AssistanceSubtype, { description: 'The kind of help within its type.' })
  subtype: AssistanceSubtype;

  @Field(() => AssistanceRequestStatus, { description: 'Where it stands.' })
  status: AssistanceRequestStatus;

  @Field({ description: 'What the organization asked for.' })
  description: string;

  @Field({ description: 'When it was submitted.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: "When the front office means to have answered it, by the region's service levels." })
  dueAt: Date | null;

  @Field(() => Int, { description: 'Pass it back when rating the request.' })
  version: number;

  @Field(() => Int, { nullable: true, description: "The organization's rating, 1 to 5, once given." })
  rating: number | null;

  @Field({ description: 'True when it is resolved and not yet rated: the contact may rate it.' })
  canRate: boolean;

  @ListSize(50)
  @Field(() => [PortalRequestStep], { description: 'Its way so far, oldest first.' })
  timeline: PortalRequestStep[];
}

/** The registry's OrganizationPortal; assistance adds the organization's requests to it. */
@Directive('@key(fields: "linkId")')
@ObjectType({ description: "What an organization's contact sees through their portal link." })
export class OrganizationPortal {
  @Field(() => ID, { description: 'The portal link in use.' })
  linkId: string;
}
