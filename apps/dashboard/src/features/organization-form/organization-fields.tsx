import type { ReactNode } from 'react';
import type { FieldError } from '../../errors/graphql-errors';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { FieldSet, FormField } from '../../ui/form-field';
import { ErrorNotice } from '../../ui/status';
import { DIRECTIONS, isOrganizationKind, LEGAL_FORMS, oneOf, ORGANIZATION_KINDS, ORGANIZATION_STATUSES, VOLUNTEER_CATEGORIES, VOLUNTEERING_MODES } from '../reference/catalog';
import { useRegionOptions } from '../reference/use-region-options';
import { ContactPeopleFields } from './contact-people-fields';
import type { OrganizationFormState } from './organization-form-state';

function Checkboxes<T extends string>({
  values,
  chosen,
  prefix,
  name,
  onChange,
}: {
  values: readonly T[];
  chosen: readonly T[];
  prefix: string;
  name: string;
  onChange: (next: T[]) => void;
}) {
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

      <ContactPeopleFields people={form.contactPeople} onChange={(contactPeople) => update('contactPeople', contactPeople)} errors={errors} />
      {children}
    </>
  );
}
