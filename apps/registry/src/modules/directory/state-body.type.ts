import { ConnectionType } from '@birge/server-kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { LocalizedText } from '../region/localized-text.type';
import { StateBodyKind } from './directory-enums';
import { DirectoryEntry } from './directory-entry.type';

@ObjectType({ description: 'The fields of its own, before the parts of every directory entry.' })
class StateBodyFields {
  @Field(() => ID, { description: "The entry's id." })
  id: string;

  @Field(() => StateBodyKind, { description: 'Akimat, department, territorial office, institution or other.' })
  kind: StateBodyKind;

  @Field(() => LocalizedText, { description: 'The official name in Kazakh, Russian and English.' })
  name: LocalizedText;

  regionCode: string;
  districtCode: string | null;
  parentId: string | null;
}

@Directive('@key(fields: "id")')
@ObjectType({
  description:
    'A state body in the directory: an akimat of a region, city or district, one of its departments, a territorial office, an institution. ' +
    'Requests are referred to it; the assistance service adds its referral history.',
})
export class StateBody extends DirectoryEntry(StateBodyFields, {
  phone: 'The reception phone (+7...).',
  email: 'The official e-mail address.',
  archivedAt: 'When it was archived (no longer offered for new referrals); null while active.',
}) {}

@ObjectType('StateBodyConnection', { description: 'A page of state bodies, by region, district and Kazakh name.' })
export class StateBodyConnection extends ConnectionType(StateBody, 'StateBody') {}
