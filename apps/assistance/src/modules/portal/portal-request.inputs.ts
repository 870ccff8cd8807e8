import { IsNotEmpty, IsOptional, MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { AssistanceSubtype, AssistanceType } from '../request/assistance-enums';

@InputType({ description: "A request for help an organization's contact submits through the portal, for their own organization." })
export class PortalSubmitRequestInput {
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
