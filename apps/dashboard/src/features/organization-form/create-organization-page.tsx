import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf, groupByField, type FieldError } from '../../errors/graphql-errors';
import { useI18n } from '../../i18n/i18n';
import { useNavigate } from 'react-router';
import { OtherFieldErrors } from '../../ui/form-field';
import { FormFailure } from '../../ui/form-failure';
import { ExistingRecord, existingRecordOf, PossibleDuplicates, possibleDuplicatesOf } from './duplicate-notices';
import { EMPTY_ORGANIZATION_FORM, isKnownField, missingFields, OrganizationFields, toCreateInput, type OrganizationFormState } from './organization-fields';
import { CreateOrganizationMutation } from './organization-form.graphql';

export function CreateOrganizationPage() {
  const navigate = useNavigate();
  const { t } = useI18n();
  const [form, setForm] = useState<OrganizationFormState>(EMPTY_ORGANIZATION_FORM);
  const [fieldErrors, setFieldErrors] = useState<FieldError[]>([]);
  const [formError, setFormError] = useState<unknown>(null);
  const [createOrganization, { loading }] = useMutation(CreateOrganizationMutation, {
    // A new organization changes every filtered list and count: drop them from the cache.
    update(cache) {
      cache.evict({ fieldName: 'organizations' });
      cache.evict({ fieldName: 'organizationFacets' });
      cache.evict({ fieldName: 'nationalOverview' });
      cache.gc();
    },
  });

  const duplicates = possibleDuplicatesOf(formError);
  const existing = existingRecordOf(formError);
  // The similar-name warning and the taken BIN have their own notices; the rest go under fields.
  const shownErrors = fieldErrors.filter((error) => error.code !== 'POSSIBLE_DUPLICATES');
  const errorsByField = groupByField(shownErrors);

  /** First without confirmation, so similar names come back; "create anyway" confirms. */
  async function save(confirmNotDuplicate: boolean) {
    setFormError(null);
    const missing = missingFields(form);
    setFieldErrors(missing);
    if (missing.length > 0 || !form.kind) return;
    try {
      const result = await createOrganization({ variables: { input: toCreateInput(form, confirmNotDuplicate) } });
      const created = result.data?.createOrganization;
      if (created) navigate(`/organizations/${created.id}`);
    } catch (failure) {
      setFieldErrors(fieldErrorsOf(failure));
      setFormError(failure);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save(false);
  }

  return (
    <section className="narrow">
      <h1>{t('organizationForm.title')}</h1>
      <form className="form" onSubmit={submit} noValidate data-testid="organization-form">
        <OrganizationFields form={form} onChange={setForm} errors={errorsByField} />

        <OtherFieldErrors errors={shownErrors.filter((error) => !isKnownField(error.field))} knownFields={[]} />

        {/* Next to the button that was pressed: the form is long. */}
        {duplicates ? (
          <PossibleDuplicates candidates={duplicates} busy={loading} onCreateAnyway={() => void save(true)} />
        ) : existing ? (
          <ExistingRecord existing={existing} />
        ) : (
          <FormFailure error={formError} fieldsMessage={t('organizationForm.failed')} />
        )}

        <div className="form-actions">
          <button type="submit" className="button" disabled={loading}>
            {loading ? t('organizationForm.submitting') : t('organizationForm.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
