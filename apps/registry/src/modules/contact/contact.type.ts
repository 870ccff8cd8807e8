import { ConnectionType } from '@birge/server-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { ContactKind } from '../organization/organization-enums';

@ObjectType({ description: 'One interaction of the front office with an actor: the contact log.' })
export class Contact {
  @Field(() => ID)
  id: string;

  @Field(() => ContactKind, { description: 'Meeting, call, visit, event or message.' })
  kind: ContactKind;

  @Field({ description: 'The day it happened, YYYY-MM-DD.' })
  occurredOn: string;

  @Field(() => String, { description: 'The staff member who was in touch (user id).' })
  staffUserId: string;

  @Field(() => String, { nullable: true, description: 'What was discussed; free text.' })
  notes: string | null;

  @Field({ description: 'Whether the actor was told what the front office offers (the memo\'s first success criterion).' })
  toldAboutOffer: boolean;

  @Field({ description: 'When the contact was logged.' })
  createdAt: Date;

  organizationId: string;
  districtCode: string | null;
}

@ObjectType('ContactConnection')
export class ContactConnection extends ConnectionType(Contact, 'Contact') {}
