import { OptionalTextField } from '@birge/server-kit';
import { IsNotEmpty, IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ContactKind } from '../../organization/organization-enums';

@InputType({ description: 'An interaction with an actor, for the contact log. The staff member is the signed-in user.' })
export class LogContactInput {
  @Field(() => ID, { description: "The organization, group or volunteer; the caller must be allowed to change its region's records." })
  organizationId: string;

  @Field(() => ContactKind, { description: 'How the front office was in touch.' })
  kind: ContactKind;

  @Field({ description: 'The day it happened, YYYY-MM-DD; not in the future (DATE_IN_FUTURE).' })
  @IsNotEmpty({ message: 'is required' })
  occurredOn: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "KATO code of the district the contact took place in or counts for; the organization's district when omitted. Must be in its region (DISTRICT_NOT_IN_REGION) and not abolished (DISTRICT_ABOLISHED).",
  })
  @IsOptional()
  districtCode?: string | null;

  @OptionalTextField(5000, 'Notes, up to 5000 characters.')
  notes?: string | null;

  @Field({ description: 'Whether the actor was told what the front office offers.' })
  toldAboutOffer: boolean;
}
