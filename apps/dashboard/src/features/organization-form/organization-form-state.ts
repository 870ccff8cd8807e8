import { z } from 'zod';
import type { Direction, EditOrganizationQuery, LegalForm, OrganizationKind, OrganizationStatus, VolunteerCategory, VolunteeringMode } from '../../gql/graphql';
import { useSchemaForm } from '../../ui/schema-form';

export interface ContactPersonState {
  name: string;
  role: string;
  phones: string;
  emails: string;
  socialLinks: string;
  /** Agreed to receive the front office's announcements at these e-mails (recorded with its time by the registry). */
  emailConsent: boolean;
}

export interface OrganizationFormState {
  name: string;
  nameKk: string;
  nameRu: string;
  nameLatin: string;
  kind: OrganizationKind | '';
  legalForm: LegalForm | '';
  bin: string;
  qazvolunteerId: string;
  regionCode: string;
  districtCode: string;
  directions: Direction[];
  categories: VolunteerCategory[];
  modes: VolunteeringMode[];
  description: string;
  volunteerCount: string;
  foundedOn: string;
  status: OrganizationStatus;
  contactPeople: ContactPersonState[];
}

export const EMPTY_ORGANIZATION_FORM: OrganizationFormState = {
  name: '',
  nameKk: '',
  nameRu: '',
  nameLatin: '',
  kind: '',
  legalForm: '',
  bin: '',
  qazvolunteerId: '',
  regionCode: '',
  districtCode: '',
  directions: [],
  categories: [],
  modes: [],
  description: '',
  volunteerCount: '',
  foundedOn: '',
  status: 'ACTIVE',
  contactPeople: [],
};

export const EMPTY_PERSON: ContactPersonState = { name: '', role: '', phones: '', emails: '', socialLinks: '', emailConsent: false };

/** Fields with a control of their own; errors of other fields are listed above the buttons. */
export const SIMPLE_FIELDS = [
  'name',
  'nameKk',
  'nameRu',
  'nameLatin',
  'kind',
  'legalForm',
  'bin',
  'qazvolunteerId',
  'regionCode',
  'districtCode',
  'directions',
  'categories',
  'modes',
  'description',
  'volunteerCount',
  'foundedOn',
  'status',
] as const;

export const PERSON_FIELDS = ['name', 'role', 'phones', 'emails', 'socialLinks'] as const;
/** Person fields the server may name in an error: the text fields, and the consent checkbox. */
const PERSON_ERROR_FIELDS = [...PERSON_FIELDS, 'emailConsent'] as const;

/** `contactPeople.0.phones.1` belongs to the first person's phones field. */
export function personFieldOf(field: string): { index: number; key: (typeof PERSON_ERROR_FIELDS)[number] } | null {
  const match = /^contactPeople\.(\d+)\.(\w+)/.exec(field);
  if (!match) return null;
  const key = PERSON_ERROR_FIELDS.find((candidate) => candidate === match[2]);
  return key ? { index: Number(match[1]), key } : null;
}

export function isKnownField(field: string): boolean {
  return (SIMPLE_FIELDS as readonly string[]).includes(field) || personFieldOf(field) !== null || field === 'version';
}

const trimmedOrNull = z
  .string()
  .trim()
  .transform((text) => text || null);

/** Phones, e-mails and links are typed as one text, separated by commas, semicolons or lines. */
const list = z.string().transform((text) =>
  text
    .split(/[\n,;]/)
    .map((item) => item.trim())
    .filter(Boolean),
);

/** A choice the form starts empty: REQUIRED until one is picked. */
function chosen<T extends string>() {
  return z.union([z.literal(''), z.custom<T>((value) => typeof value === 'string')]).transform((value, context) => {
    if (value === '') {
      context.addIssue({ code: 'custom', input: value, message: 'REQUIRED' });
      return z.NEVER;
    }
    return value;
  });
}

const personSchema = z.object({
  name: z.string().trim().min(1, 'REQUIRED'),
  role: trimmedOrNull,
  phones: list,
  emails: list,
  socialLinks: list,
  emailConsent: z.boolean(),
});

/**
 * What the form checks before sending, the rest (length, BIN check digit, codes, district in
 * region) being the server's, shown field by field; its output is the profile shared by create and
 * update, NGO-only fields cleared for other kinds.
 */
export const organizationSchema = z
  .object({
    name: z.string().trim().min(1, 'REQUIRED'),
    nameKk: trimmedOrNull,
    nameRu: trimmedOrNull,
    nameLatin: trimmedOrNull,
    kind: chosen<OrganizationKind>(),
    legalForm: z.union([z.literal(''), z.custom<LegalForm>((value) => typeof value === 'string')]),
    bin: trimmedOrNull,
    qazvolunteerId: trimmedOrNull,
    regionCode: z.string().min(1, 'REQUIRED'),
    districtCode: z.string().transform((code) => code || null),
    directions: z.array(z.custom<Direction>()).min(1, 'REQUIRED'),
    categories: z.array(z.custom<VolunteerCategory>()),
    modes: z.array(z.custom<VolunteeringMode>()),
    description: trimmedOrNull,
    volunteerCount: z
      .string()
      .trim()
      .regex(/^\d*$/, 'NOT_AN_INTEGER')
      .transform((count) => (count ? Number(count) : null)),
    foundedOn: trimmedOrNull,
    status: z.custom<OrganizationStatus>(),
    contactPeople: z.array(personSchema),
  })
  .transform(({ legalForm, bin, ...profile }) => {
    const ngo = profile.kind === 'NGO';
    return { ...profile, legalForm: ngo && legalForm ? legalForm : null, bin: ngo ? bin : null };
  });

export type OrganizationProfile = z.output<typeof organizationSchema>;

/**
 * The organization form on useSchemaForm: its values as the controls show them (`state`), and
 * `onChange` taking the whole next state from the fields, each changed field set (and, after a
 * submit, checked again).
 */
export function useOrganizationForm(initial: OrganizationFormState) {
  const schemaForm = useSchemaForm(organizationSchema, { defaultValues: initial });
  const state: OrganizationFormState = schemaForm.form.watch();
  const setField = schemaForm.setField as (name: keyof OrganizationFormState, value: OrganizationFormState[keyof OrganizationFormState]) => void;
  const onChange = (next: OrganizationFormState) => {
    for (const key of Object.keys(next) as (keyof OrganizationFormState)[]) if (next[key] !== state[key]) setField(key, next[key]);
  };
  return { ...schemaForm, state, onChange };
}

type EditableOrganization = NonNullable<EditOrganizationQuery['organization']>;

export function formFromOrganization(organization: EditableOrganization): OrganizationFormState {
  return {
    name: organization.name,
    nameKk: organization.nameKk ?? '',
    nameRu: organization.nameRu ?? '',
    nameLatin: organization.nameLatin ?? '',
    kind: organization.kind,
    legalForm: organization.legalForm ?? '',
    bin: organization.bin ?? '',
    qazvolunteerId: organization.qazvolunteerId ?? '',
    regionCode: organization.region.code,
    districtCode: organization.district?.code ?? '',
    directions: [...organization.directions],
    categories: [...organization.categories],
    modes: [...organization.modes],
    description: organization.description ?? '',
    volunteerCount: organization.volunteerCount == null ? '' : String(organization.volunteerCount),
    foundedOn: organization.foundedOn ?? '',
    status: organization.status,
    // Writers see the people of the records they may change; null (withheld) never reaches a writer.
    contactPeople: organization.contactPeople.map((person) => ({
      name: person.name ?? '',
      role: person.role ?? '',
      phones: (person.phones ?? []).join(', '),
      emails: (person.emails ?? []).join(', '),
      socialLinks: (person.socialLinks ?? []).join(', '),
      emailConsent: person.emailConsent,
    })),
  };
}
