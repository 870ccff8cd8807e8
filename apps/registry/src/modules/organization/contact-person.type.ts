import { AccessRestriction, ListSize, PersonalData } from '@birge/server-kit';
import { Field, ObjectType } from 'type-graphql';

const HIDDEN = 'Null when personalDataHidden is set.';

@ObjectType({
  description:
    'A person to reach at the organization (the leader of a group, the volunteer themself). Personal data: name, phones, e-mails ' +
    "and links are null, with personalDataHidden saying why, for analysts, partners and other regions' staff.",
})
export class ContactPerson {
  @PersonalData()
  @Field(() => String, { nullable: true, description: `Personal data. Full name. ${HIDDEN}` })
  name: string | null;

  @Field(() => String, { nullable: true, description: 'Role in the organization, e.g. chair, coordinator, leader.' })
  role: string | null;

  @PersonalData()
  @ListSize(5)
  @Field(() => [String], { nullable: true, description: `Personal data. Phone numbers in international form (+7...). ${HIDDEN}` })
  phones: string[] | null;

  @PersonalData()
  @ListSize(5)
  @Field(() => [String], { nullable: true, description: `Personal data. E-mail addresses. ${HIDDEN}` })
  emails: string[] | null;

  @PersonalData()
  @ListSize(10)
  @Field(() => [String], { nullable: true, description: `Personal data. Links to social network pages and messengers (https://...). ${HIDDEN}` })
  socialLinks: string[] | null;

  @Field(() => Boolean, {
    description:
      "Agreed to receive the front office's announcements by e-mail (recorded with the time, see emailConsentAt). Unsubscribing from a mail is recorded by the notifications service.",
  })
  emailConsent: boolean;

  @Field(() => Date, { nullable: true, description: 'When the consent was recorded; null without consent.' })
  emailConsentAt: Date | null;

  @Field(() => AccessRestriction, {
    nullable: true,
    description: 'Why the personal data of this person (name, phones, e-mails, links) is null for you; null when it is shown.',
  })
  personalDataHidden?: AccessRestriction | null;

  /** The region of the organization the person belongs to: decides who sees the personal data. */
  regionCode: string;
}
