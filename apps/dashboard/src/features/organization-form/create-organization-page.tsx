import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { describeError, fieldErrorsOf, groupByField, type FieldError } from '../../errors/graphql-errors';
import type { Direction, OrganizationKind } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { navigate } from '../../routing/router';
import { FieldSet, FormField, OtherFieldErrors } from '../../ui/form-field';
import { ErrorNotice } from '../../ui/status';
import { DIRECTIONS, isOrganizationKind, ORGANIZATION_KINDS } from '../reference/catalog';
import { useRegionOptions } from '../reference/use-region-options';
import { CreateOrganizationMutation } from './organization-form.graphql';

const FORM_FIELDS = ['name', 'kind', 'regionCode', 'districtCode', 'directions'] as const;

interface FormState {
  name: string;
  kind: OrganizationKind | '';
  regionCode: string;
  districtCode: string;
  directions: Direction[];
}

const EMPTY: FormState = { name: '', kind: '', regionCode: '', districtCode: '', directions: [] };

/**
 * Only emptiness is checked here, because an empty enum cannot even be sent; every other rule
 * (length, codes, district in region) is the server's, and its answer is shown field by field.
 */
function missingFields(form: FormState): FieldError[] {
  const missing: FieldError[] = [];
  const required = (field: string) => missing.push({ field, code: 'REQUIRED', message: 'is required' });
  if (!form.name.trim()) required('name');
  if (!form.kind) required('kind');
  if (!form.regionCode) required('regionCode');
  if (form.directions.length === 0) required('directions');
  return missing;
}

export function CreateOrganizationPage() {
  const i18n = useI18n();
  const { t, name } = i18n;
  const regions = useRegionOptions();
  const [form, setForm] = useState<FormState>(EMPTY);
  const [fieldErrors, setFieldErrors] = useState<FieldError[]>([]);
  const [formError, setFormError] = useState<unknown>(null);
  const [createOrganization, { loading }] = useMutation(CreateOrganizationMutation, {
    // A new organization changes every filtered list and count: drop them from the cache.
    update(cache) {
      cache.evict({ fieldName: 'organizations' });
      cache.evict({ fieldName: 'nationalOverview' });
      cache.gc();
    },
  });

  const region = regions.data?.regions.find((candidate) => candidate.code === form.regionCode);
  const errorsByField = groupByField(fieldErrors);

  function update<K extends keyof FormState>(key: K, value: FormState[K]) {
    setForm((previous) => ({ ...previous, [key]: value }));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const missing = missingFields(form);
    setFieldErrors(missing);
    if (missing.length > 0 || !form.kind) return;
    try {
      const result = await createOrganization({
        variables: {
          input: {
            name: form.name,
            kind: form.kind,
            regionCode: form.regionCode,
            districtCode: form.districtCode || null,
            directions: form.directions,
          },
        },
      });
      const created = result.data?.createOrganization;
      if (created) navigate(`/organizations/${created.id}`);
    } catch (failure) {
      const fromServer = fieldErrorsOf(failure);
      setFieldErrors(fromServer);
      setFormError(failure);
    }
  }

  return (
    <section className="narrow">
      <h1>{t('organizationForm.title')}</h1>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate data-testid="organization-form">
        {formError != null && (
          <div className="status status-error" role="alert">
            {fieldErrors.length > 0 ? t('organizationForm.failed') : describeError(i18n, formError)}
          </div>
        )}

        <FormField label={t('organizationForm.name')} errors={errorsByField['name']} name="name">
          {(control) => (
            <input {...control} type="text" name="name" autoComplete="organization" value={form.name} onChange={(event) => update('name', event.target.value)} />
          )}
        </FormField>

        <FormField label={t('organizationForm.kind')} errors={errorsByField['kind']} name="kind">
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

        <FormField label={t('organizationForm.region')} errors={errorsByField['regionCode']} name="regionCode">
          {(control) => (
            <select
              {...control}
              name="regionCode"
              value={form.regionCode}
              disabled={!regions.data}
              onChange={(event) => setForm((previous) => ({ ...previous, regionCode: event.target.value, districtCode: '' }))}
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
        {regions.error && !regions.data && <ErrorNotice error={regions.error} onRetry={() => void regions.refetch()} />}

        <FormField label={t('organizationForm.district')} errors={errorsByField['districtCode']} name="districtCode">
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

        <FieldSet legend={t('organizationForm.directions')} errors={errorsByField['directions']} name="directions">
          <div className="checkbox-grid">
            {DIRECTIONS.map((direction) => (
              <label key={direction} className="checkbox">
                <input
                  type="checkbox"
                  name="directions"
                  value={direction}
                  checked={form.directions.includes(direction)}
                  onChange={(event) =>
                    update(
                      'directions',
                      event.target.checked ? [...form.directions, direction] : form.directions.filter((chosen) => chosen !== direction),
                    )
                  }
                />
                <span>{t(`direction.${direction}`)}</span>
              </label>
            ))}
          </div>
        </FieldSet>

        <OtherFieldErrors errors={fieldErrors} knownFields={FORM_FIELDS} />

        <div className="form-actions">
          <button type="submit" className="button" disabled={loading}>
            {loading ? t('organizationForm.submitting') : t('organizationForm.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
