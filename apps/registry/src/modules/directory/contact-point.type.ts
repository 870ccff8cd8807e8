import { AccessRestriction, OptionalTextField, PersonalData } from '@birge/server-kit';
import { IsOptional } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';

const HIDDEN = 'Null when personalDataHidden is set.';

@ObjectType({
  description:
    'A person or desk to reach at a directory entry. Personal data: name, phone and e-mail are null, with personalDataHidden saying why, ' + 'for analysts and partners.',
})
export class ContactPoint {
  @PersonalData()
  @Field(() => String, { nullable: true, description: `Personal data. Full name, or the desk (reception, hotline). ${HIDDEN}` })
  name: string | null;

  @Field(() => String, { nullable: true, description: 'Position or department, e.g. head of the youth policy department.' })
  position: string | null;

  @PersonalData()
  @Field(() => String, { nullable: true, description: `Personal data. Phone in international form (+7...). ${HIDDEN}` })
  phone: string | null;

  @PersonalData()
  @Field(() => String, { nullable: true, description: `Personal data. E-mail address. ${HIDDEN}` })
  email: string | null;

  @Field(() => AccessRestriction, { nullable: true, description: 'Why name, phone and e-mail are null for you; null when they are shown.' })
  personalDataHidden?: AccessRestriction | null;

  /** The entry's region (null: national), which decides who sees the personal data. */
  regionCode: string | null;
}

@InputType({ description: 'A person or desk to reach; a name or a position, and a phone or an e-mail, are required (CONTACT_POINT_INCOMPLETE).' })
export class ContactPointInput {
  @OptionalTextField(200, 'Full name or desk, up to 200 characters.')
  name?: string | null;

  @OptionalTextField(200, 'Position or department, up to 200 characters.')
  position?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone; Kazakh forms (8 7xx ..., +7 7xx ...) are accepted (INVALID_PHONE).' })
  @IsOptional()
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address (INVALID_EMAIL).' })
  @IsOptional()
  email?: string | null;
}
