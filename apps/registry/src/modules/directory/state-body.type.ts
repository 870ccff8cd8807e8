import { AccessRestriction, ConnectionType, ListSize, PersonalData } from '@birge/server-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalizedText } from '../region/localized-text.type';
import { ContactPoint } from './contact-point.type';
import { StateBodyKind } from './directory-enums';
import { MAX_CONTACT_POINTS } from './directory-rules';

@Directive('@key(fields: "id")')
@ObjectType({
  description:
    'A state body in the directory: an akimat of a region, city or district, one of its departments, a territorial office, an institution. ' +
    'Requests are referred to it; the assistance service adds its referral history.',
})
export class StateBody {
  @Field(() => ID, { description: "The entry's id." })
  id: string;

  @Field(() => StateBodyKind, { description: 'Akimat, department, territorial office, institution or other.' })
  kind: StateBodyKind;

  @Field(() => LocalizedText, { description: 'The official name in Kazakh, Russian and English.' })
  name: LocalizedText;

  @Field(() => String, { nullable: true, description: 'Postal address.' })
  address: string | null;

  @Field(() => String, { nullable: true, description: 'The reception phone (+7...).' })
  phone: string | null;

  @Field(() => String, { nullable: true, description: 'The official e-mail address.' })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'The website (https://...).' })
  website: string | null;

  @ListSize(MAX_CONTACT_POINTS)
  @Field(() => [ContactPoint], { description: 'People and desks to reach, in the order given.' })
  contactPoints: ContactPoint[];

  @PersonalData()
  @Field(() => String, { nullable: true, description: 'Personal data (free text). Working notes of the office. Null when withheld (see personalDataHidden).' })
  notes: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was archived (no longer offered for new referrals); null while active.' })
  archivedAt: Date | null;

  @Field({ description: 'When it was added.' })
  createdAt: Date;

  @Field({ description: 'When it last changed.' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Pass it back when changing the entry (optimistic locking).' })
  version: number;

  @Field(() => AccessRestriction, { nullable: true, description: 'Why notes is null for you; null when it is shown.' })
  personalDataHidden?: AccessRestriction | null;

  regionCode: string;
  districtCode: string | null;
  parentId: string | null;
}

@ObjectType('StateBodyConnection', { description: 'A page of state bodies, by region, district and Kazakh name.' })
export class StateBodyConnection extends ConnectionType(StateBody, 'StateBody') {}
