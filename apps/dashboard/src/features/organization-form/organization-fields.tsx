import type { ReactNode } from 'react';
import { describeFieldError, type FieldError } from '../../errors/graphql-errors';
import type {
  CreateOrganizationInput,
  Direction,
  EditOrganizationQuery,
  LegalForm,
  OrganizationKind,
  OrganizationStatus,
  UpdateOrganizationInput,
  VolunteerCategory,
  VolunteeringMode,
} from '../../gql/graphql';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { FieldSet, FormField } from '../../ui/form-field';
import { ErrorNotice } from '../../ui/status';
import { DIRECTIONS, isOrganizationKind, LEGAL_FORMS, oneOf, ORGANIZATION_KINDS, ORGANIZATION_STATUSES, VOLUNTEER_CATEGORIES, VOLUNTEERING_MODES } from '../reference/catalog';
import { useRegionOptions } from '../reference/use-region-options';

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

const PERSON_FIELDS = ['name', 'role', 'phones', 'emails', 'socialLinks'] as const;
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

const list = (text: string) =>
  text
    .split(/[\n,;]/)
    .map((item) => item.trim())
    .filter(Boolean);

const orNull = (text: string) => (text.trim() ? text.trim() : null);

/**
 * Only emptiness is checked here, because an empty enum cannot even be sent; every other rule
 * (length, BIN check digit, codes, district in region) is the server's, shown field by field.
 */
export function missingFields(form: OrganizationFormState): FieldError[] {
  const missing: FieldError[] = [];
  const required = (field: string) => missing.push({ field, code: 'REQUIRED', message: 'is required' });
  if (!form.name.trim()) required('name');
  if (!form.kind) required('kind');
  if (!form.regionCode) required('regionCode');
  if (form.directions.length === 0) required('directions');
  form.contactPeople.forEach((person, index) => {
    if (!person.name.trim()) required(`contactPeople.${index}.name`);
  });
  if (form.volunteerCount.trim() && !/^\d+$/.test(form.volunteerCount.trim())) missing.push({ field: 'volunteerCount', code: 'NOT_AN_INTEGER', message: 'is not a whole number' });
  return missing;
}

/** The profile part shared by create and update; NGO-only fields are cleared for other kinds. */
function profileOf(form: OrganizationFormState) {
  const ngo = form.kind === 'NGO';
  return {
    name: form.name.trim(),
    nameKk: orNull(form.nameKk),
    nameRu: orNull(form.nameRu),
    nameLatin: orNull(form.nameLatin),
    legalForm: ngo && form.legalForm ? form.legalForm : null,
    bin: ngo ? orNull(form.bin) : null,
    qazvolunteerId: orNull(form.qazvolunteerId),
    regionCode: form.regionCode,
    districtCode: form.districtCode || null,
    directions: form.directions,
    categories: form.categories,
    modes: form.modes,
    description: orNull(form.description),
    volunteerCount: form.volunteerCount.trim() ? Number(form.volunteerCount.trim()) : null,
    foundedOn: orNull(form.foundedOn),
    status: form.status,
    contactPeople: form.contactPeople.map((person) => ({
      name: person.name.trim(),
      role: orNull(person.role),
      phones: list(person.phones),
      emails: list(person.emails),
      socialLinks: list(person.socialLinks),
      emailConsent: person.emailConsent,
    })),
  };
}

export function toCreateInput(form: OrganizationFormState, confirmNotDuplicate: boolean): CreateOrganizationInput {
  if (!form.kind) throw new Error('kind is required');
  return { ...profileOf(form), kind: form.kind, confirmNotDuplicate };
}

export function toUpdateInput(form: OrganizationFormState, id: string, version: number): UpdateOrganizationInput {
  if (!form.kind) throw new Error('kind is required');
  return { ...profileOf(form), kind: form.kind, id, version };
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

function Checkboxes<T extends string>({ values, chosen, prefix, name, onChange }: { values: readonly T[]; chosen: readonly T[]; prefix: string; name: string; onChange: (next: T[]) => void }) {
  const { t } = useI18n();
  return (
    <div className="checkbox-grid">
      {values.map((value) => (
        <label key={value} className="checkbox">
          <input
            type="checkbox"
            name={name}
            value={value}
            checked={chosen.includes(value)}
            onChange={(event) => onChange(event.target.checked ? [...chosen, value] : chosen.filter((other) => other !== value))}
          />
          <span>{t(`${prefix}.${value}` as MessageKey)}</span>
        </label>
      ))}
    </div>
  );
}

const isLegalForm = oneOf(LEGAL_FORMS);
const isStatus = oneOf(ORGANIZATION_STATUSES);

/** The controls of an organization, each with its errors under it; used by the create and edit forms. */
export function OrganizationFields({
  form,
  onChange,
  errors,
  children,
}: {
  form: OrganizationFormState;
  onChange: (next: OrganizationFormState) => void;
  errors: Record<string, FieldError[]>;
  children?: ReactNode;
}) {
  const i18n = useI18n();
  const { t, name } = i18n;
  const regions = useRegionOptions();
  const region = regions.data?.regions.find((candidate) => candidate.code === form.regionCode);
  const update = <K extends keyof OrganizationFormState>(key: K, value: OrganizationFormState[K]) => onChange({ ...form, [key]: value });
  const updatePerson = (index: number, key: keyof ContactPersonState, value: string) =>
    onChange({ ...form, contactPeople: form.contactPeople.map((person, at) => (at === index ? { ...person, [key]: value } : person)) });
  const personErrors = (index: number, key: keyof ContactPersonState) =>
    Object.entries(errors)
      .filter(([field]) => {
        const of = personFieldOf(field);
        return of?.index === index && of.key === key;
      })
      .flatMap(([, fieldErrors]) => fieldErrors);
  const text = (field: 'name' | 'nameKk' | 'nameRu' | 'nameLatin' | 'qazvolunteerId' | 'bin', label: MessageKey, extra: { inputMode?: 'numeric'; autoComplete?: string } = {}) => (
    <FormField label={t(label)} errors={errors[field]} name={field}>
      {(control) => <input {...control} {...extra} type="text" name={field} value={form[field]} onChange={(event) => update(field, event.target.value)} />}
    </FormField>
  );

  return (
    <>
      {text('name', 'organizationForm.name', { autoComplete: 'organization' })}
      <div className="form-row-3">
        {text('nameKk', 'organizationForm.nameKk')}
        {text('nameRu', 'organizationForm.nameRu')}
        {text('nameLatin', 'organizationForm.nameLatin')}
      </div>

      <div className="form-row-3">
        <FormField label={t('organizationForm.kind')} errors={errors['kind']} name="kind">
          {(control) => (
            <select {...control} name="kind" value={form.kind} onChange={(event) => update('kind', isOrganizationKind(event.target.value) ? event.target.value : '')}>
              <option value="">{t('common.choose')}</option>
              {ORGANIZATION_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`organizationKind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('organizationForm.status')} errors={errors['status']} name="status">
          {(control) => (
            <select {...control} name="status" value={form.status} onChange={(event) => isStatus(event.target.value) && update('status', event.target.value)}>
              {ORGANIZATION_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`organizationStatus.${status}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {text('qazvolunteerId', 'organizationForm.qazvolunteerId')}
      </div>

      {form.kind === 'NGO' && (
        <div className="form-row-3" data-testid="ngo-fields">
          <FormField label={t('organizationForm.legalForm')} errors={errors['legalForm']} name="legalForm">
            {(control) => (
              <select {...control} name="legalForm" value={form.legalForm} onChange={(event) => update('legalForm', isLegalForm(event.target.value) ? event.target.value : '')}>
                <option value="">{t('common.notSet')}</option>
                {LEGAL_FORMS.map((legalForm) => (
                  <option key={legalForm} value={legalForm}>
                    {t(`legalForm.${legalForm}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {text('bin', 'organizationForm.bin', { inputMode: 'numeric' })}
        </div>
      )}

      <div className="form-row-3">
        <FormField label={t('organizationForm.region')} errors={errors['regionCode']} name="regionCode">
          {(control) => (
            <select
              {...control}
              name="regionCode"
              value={form.regionCode}
              disabled={!regions.data}
              onChange={(event) => onChange({ ...form, regionCode: event.target.value, districtCode: '' })}
            >
              <option value="">{regions.loading ? t('common.loading') : t('common.choose')}</option>
              {regions.data?.regions.map((option) => (
                <option key={option.code} value={option.code}>
                  {name(option.name)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('organizationForm.district')} errors={errors['districtCode']} name="districtCode">
          {(control) => (
            <select {...control} name="districtCode" value={form.districtCode} disabled={!region} onChange={(event) => update('districtCode', event.target.value)}>
              <option value="">{region ? t('common.notSet') : t('organizationForm.chooseRegionFirst')}</option>
              {region?.districts.map((district) => (
                <option key={district.code} value={district.code}>
                  {name(district.name)} ({t(`districtKind.${district.kind}`)})
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      {regions.error && !regions.data && <ErrorNotice error={regions.error} onRetry={() => void regions.refetch()} />}

      <FieldSet legend={t('organizationForm.directions')} errors={errors['directions']} name="directions">
        <Checkboxes values={DIRECTIONS} chosen={form.directions} prefix="direction" name="directions" onChange={(next) => update('directions', next)} />
      </FieldSet>
      <FieldSet legend={t('organizationForm.categories')} errors={errors['categories']} name="categories">
        <Checkboxes values={VOLUNTEER_CATEGORIES} chosen={form.categories} prefix="category" name="categories" onChange={(next) => update('categories', next)} />
      </FieldSet>
      <FieldSet legend={t('organizationForm.modes')} errors={errors['modes']} name="modes">
        <Checkboxes values={VOLUNTEERING_MODES} chosen={form.modes} prefix="mode" name="modes" onChange={(next) => update('modes', next)} />
      </FieldSet>

      <FormField label={t('organizationForm.description')} errors={errors['description']} name="description">
        {(control) => <textarea {...control} rows={3} name="description" value={form.description} onChange={(event) => update('description', event.target.value)} />}
      </FormField>
      <div className="form-row-3">
        <FormField label={t('organizationForm.volunteerCount')} errors={errors['volunteerCount']} name="volunteerCount">
          {(control) => (
            <input {...control} type="number" min={0} name="volunteerCount" value={form.volunteerCount} onChange={(event) => update('volunteerCount', event.target.value)} />
          )}
        </FormField>
        <FormField label={t('organizationForm.foundedOn')} errors={errors['foundedOn']} name="foundedOn">
          {(control) => <input {...control} type="date" name="foundedOn" value={form.foundedOn} onChange={(event) => update('foundedOn', event.target.value)} />}
        </FormField>
      </div>

      <fieldset className="form-field contact-people" data-testid="contact-people">
        <legend>{t('organizationForm.contactPeople')}</legend>
        <p className="muted small">{t('organizationForm.personalData')}</p>
        {form.contactPeople.map((person, index) => (
          <div key={index} className="inset contact-person" data-testid={`contact-person-${index}`}>
            <div className="form-row-3">
              {PERSON_FIELDS.map((key) => (
                <FormField key={key} label={t(`organizationForm.person.${key}`)} errors={personErrors(index, key)} name={`contactPeople.${index}.${key}`}>
                  {(control) => <input {...control} type="text" value={person[key]} onChange={(event) => updatePerson(index, key, event.target.value)} />}
                </FormField>
              ))}
            </div>
            <label className="checkbox" data-testid={`contact-person-${index}-consent`}>
              <input
                type="checkbox"
                checked={person.emailConsent}
                onChange={(event) => onChange({ ...form, contactPeople: form.contactPeople.map((other, at) => (at === index ? { ...other, emailConsent: event.target.checked } : other)) })}
              />
              <span>{t('organizationForm.person.emailConsent')}</span>
            </label>
            {personErrors(index, 'emailConsent').length > 0 && (
              <ul className="field-errors" data-testid={`field-error-contactPeople.${index}.emailConsent`}>
                {personErrors(index, 'emailConsent').map((error) => (
                  <li key={error.code}>{describeFieldError(i18n, error)}</li>
                ))}
              </ul>
            )}
            <button
              type="button"
              className="button button-link button-small"
              onClick={() => onChange({ ...form, contactPeople: form.contactPeople.filter((_, at) => at !== index) })}
            >
              {t('organizationForm.person.remove')}
            </button>
          </div>
        ))}
        <button type="button" className="button button-secondary button-small" onClick={() => update('contactPeople', [...form.contactPeople, EMPTY_PERSON])}>
          {t('organizationForm.person.add')}
        </button>
      </fieldset>
      {children}
    </>
  );
}
