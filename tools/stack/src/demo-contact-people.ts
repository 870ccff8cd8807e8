/** An organization's contact person as the demo loaders read it from the registry, to send back with consent recorded. */
export interface DemoContactPerson {
  name: string | null;
  role: string | null;
  phones: string[] | null;
  emails: string[] | null;
  socialLinks: string[] | null;
  emailConsent: boolean;
}

/** The selection of an organization's contact people that DemoContactPerson reads. */
export const CONTACT_PEOPLE_FIELDS = 'contactPeople { name role phones emails socialLinks emailConsent }';

/** The person as UpdateOrganizationInput takes it again (every person is sent), with these e-mails and this consent. */
export function contactPersonInput(person: DemoContactPerson, emails: string[], emailConsent: boolean) {
  return { name: person.name ?? '', role: person.role, phones: person.phones ?? [], emails, socialLinks: person.socialLinks ?? [], emailConsent };
}
