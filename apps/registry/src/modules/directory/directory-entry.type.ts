import { AccessRestriction, ListSize, PersonalData } from '@birge/server-kit';
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { ContactPoint } from './contact-point.type';
import { MAX_CONTACT_POINTS } from './directory-rules';

/** The descriptions that read otherwise from one kind of entry to another. */
interface EntryWording {
  phone: string;
  email: string;
  archivedAt: string;
}

/**
 * An entry's own fields (the object type `Own`, never served itself) followed by what every
 * directory entry shows: its contacts, working notes, archive state, history and version.
 */
export function DirectoryEntry<Own extends ClassType>(Own: Own, wording: EntryWording) {
  @ObjectType({ description: 'The parts every directory entry shows after its own fields.' })
  class Entry extends Own {
    @Field(() => String, { nullable: true, description: 'Postal address.' })
    address: string | null;

    @Field(() => String, { nullable: true, description: wording.phone })
    phone: string | null;

    @Field(() => String, { nullable: true, description: wording.email })
    email: string | null;

    @Field(() => String, { nullable: true, description: 'The website (https://...).' })
    website: string | null;

    @ListSize(MAX_CONTACT_POINTS)
    @Field(() => [ContactPoint], { description: 'People and desks to reach, in the order given.' })
    contactPoints: ContactPoint[];

    @PersonalData()
    @Field(() => String, { nullable: true, description: 'Personal data (free text). Working notes of the office. Null when withheld (see personalDataHidden).' })
    notes: string | null;

    @Field(() => Date, { nullable: true, description: wording.archivedAt })
    archivedAt: Date | null;

    @Field({ description: 'When it was added.' })
    createdAt: Date;

    @Field({ description: 'When it last changed.' })
    updatedAt: Date;

    @Field(() => Int, { description: 'Pass it back when changing the entry (optimistic locking).' })
    version: number;

    @Field(() => AccessRestriction, { nullable: true, description: 'Why notes is null for you; null when it is shown.' })
    personalDataHidden?: AccessRestriction | null;
  }
  return Entry;
}
