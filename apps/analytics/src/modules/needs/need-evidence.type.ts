import { ASSUMED_ATTACHED_ITEMS, ListSize } from '@birge/server-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { AssistanceRequest } from '../reference/assistance-request.type';
import { Organization } from '../reference/organization.type';
import { Training } from '../reference/training.type';

@ObjectType({
  description:
    'What a need rests on: records of the region a front office points to. Organizations, requests and trainings are references the gateway ' +
    "resolves from their subgraphs (an item is null when that subgraph no longer knows the id); the contact log's entries are ids.",
})
export class NeedEvidence {
  @Field(() => [ID], { description: 'Ids of organizations, initiative groups or volunteers concerned.' })
  organizationIds: string[];

  @ListSize(ASSUMED_ATTACHED_ITEMS)
  @Field(() => [Organization], { nullable: 'items', description: 'The organizations of organizationIds, in the same order.' })
  organizations: Organization[];

  @Field(() => [ID], { description: "Ids of the registry's contact-log entries (meetings, calls, visits) where the need came up." })
  contactIds: string[];

  @Field(() => [ID], { description: 'Ids of assistance requests that show the need.' })
  assistanceRequestIds: string[];

  @ListSize(ASSUMED_ATTACHED_ITEMS)
  @Field(() => [AssistanceRequest], { nullable: 'items', description: 'The assistance requests of assistanceRequestIds, in the same order.' })
  assistanceRequests: AssistanceRequest[];

  @Field(() => [ID], { description: 'Ids of trainings that show or answer the need.' })
  trainingIds: string[];

  @ListSize(ASSUMED_ATTACHED_ITEMS)
  @Field(() => [Training], { nullable: 'items', description: 'The trainings of trainingIds, in the same order.' })
  trainings: Training[];
}
