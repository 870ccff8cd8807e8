import { AccessRestriction, ConnectionType, PersonalData } from '@birge/server-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { ContactKind } from '../organization/organization-enums';

@ObjectType({ description: 'One interaction of the front office with an actor: the contact log.' })
export class Contact {
  @Field(() => ID, { description: "The contact's id." })
  id: string;

  @Field(() => ContactKind, { description: 'Meeting, call, visit, event or message.' })
  kind: ContactKind;

  @Field({ description: 'The day it happened, YYYY-MM-DD.' })
  occurredOn: string;

  @Field(() => String, { description: 'The staff member who was in touch (user id).' })
  staffUserId: string;

  @PersonalData()
  @Field(() => String, {
    nullable: true,
    description: 'Personal data (free text that may name and describe people). What was discussed. Null when personalDataHidden is set.',
  })
  notes: string | null;

  @Field({ description: "Whether the actor was told what the front office offers (the memo's first success criterion)." })
  toldAboutOffer: boolean;

  @Field({ description: 'When the contact was logged.' })
  createdAt: Date;

  @Field(() => AccessRestriction, { nullable: true, description: 'Why notes is null for you (analysts and partners do not see personal data); null when it is shown.' })
  personalDataHidden?: AccessRestriction | null;

  organizationId: string;
  /** The organization's region: decides who sees the notes. */
  regionCode: string;
  districtCode: string | null;
}

@ObjectType('ContactConnection', { description: 'A page of the contact log, newest first.' })
export class ContactConnection extends ConnectionType(Contact, 'Contact') {}
