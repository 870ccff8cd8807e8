import { AccessRestriction, PERSONAL_DATA_HIDDEN_DESCRIPTION, PersonalData } from '@birge/server-kit';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * The first fields of a message between a region's front office and the republican office (a
 * feedback message, a comment on a need or a report): its id, and its text, which is personal
 * data, shown only to those who may read the region's records (`regionCode`).
 * `noun` names the message in the id's description.
 */
export function OfficeMessage(noun: 'message' | 'comment') {
  @ObjectType({ description: 'The fields every message between the offices starts with.' })
  class Message {
    @Field(() => ID, { description: `Stable id of the ${noun}.` })
    id: string;

    @PersonalData()
    @Field(() => String, { nullable: true, description: 'Personal data (free text that may name people). The message; null when withheld from you: see personalDataHidden.' })
    text: string | null;

    @Field(() => AccessRestriction, { nullable: true, description: PERSONAL_DATA_HIDDEN_DESCRIPTION })
    personalDataHidden?: AccessRestriction | null;

    /** The region of what the message is about: decides who sees the text. */
    regionCode: string;
  }
  return Message;
}
