import { IsNotEmpty, IsOptional, MaxLength, MinLength } from 'class-validator';
import { Field, InputType, type ClassType } from 'type-graphql';
import { AssistanceSubtype, AssistanceType } from '../assistance-enums';

/** An input with no fields of its own before the help asked for (the portal's: its organization is the caller's). */
export class NoOwnFields {}

/**
 * The help a request asks for, after the input's own fields (`Own`): its type and sub-type, what is
 * needed and by when. The same whether staff submit it for an organization or its contact does
 * through the portal.
 */
export function RequestedHelp<Own extends ClassType>(Own: Own) {
  @InputType({ description: 'The help a request asks for.' })
  class Requested extends Own {
    @Field(() => AssistanceType, { description: 'The type of help (see assistanceCatalog).' })
    type: AssistanceType;

    @Field(() => AssistanceSubtype, { description: 'Must belong to the chosen type.' })
    subtype: AssistanceSubtype;

    @Field({ description: 'What is needed (5 to 4000 characters).' })
    @IsNotEmpty({ message: 'is required' })
    @MinLength(5, { message: 'must be at least 5 characters' })
    @MaxLength(4000, { message: 'must be at most 4000 characters' })
    description: string;

    @Field(() => String, { nullable: true, description: 'The day (YYYY-MM-DD) the organization would like the help by; today or later.' })
    @IsOptional()
    wishedForDate?: string | null;
  }
  return Requested;
}
